package dev.switchboard.bootstrap;

import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.SeenNonces;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The nonces of admitted AudioHook handshakes, in this instance's memory. Enough for one instance: a nonce is kept only
 * while its signature is young enough to pass (seconds), and only admitted handshakes add one, so the map holds about
 * as many entries as calls started in the last quarter minute. With several instances behind a load balancer, a
 * replay sent to another instance would not be seen; that needs a store all instances share (docs/channels.md).
 */
final class InMemorySeenNonces implements SeenNonces {

    /** Expired entries are swept once this many handshakes have arrived since the last sweep. */
    private static final int SWEEP_EVERY = 256;

    private final ConcurrentMap<String, Instant> seen = new ConcurrentHashMap<>();
    private final Clock clock;
    private int sinceSweep;

    InMemorySeenNonces(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean firstUse(String nonce, Instant forgetAt) {
        Instant now = clock.now();
        sweepNow(now);
        boolean[] first = {false};
        seen.compute(nonce, (key, until) -> {
            if (until == null || !until.isAfter(now)) {
                first[0] = true;
                return forgetAt;
            }
            return until;
        });
        return first[0];
    }

    private void sweepNow(Instant now) {
        synchronized (this) {
            if (++sinceSweep < SWEEP_EVERY) {
                return;
            }
            sinceSweep = 0;
        }
        seen.values().removeIf(until -> !until.isAfter(now));
    }

    int size() {
        return seen.size();
    }
}
