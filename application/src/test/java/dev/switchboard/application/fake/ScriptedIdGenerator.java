package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hands out the ids a test queued (to replay a vendor example with its exact ids), then random ones.
 */
public final class ScriptedIdGenerator implements IdGenerator {

    private final Deque<SysId> queued = new ArrayDeque<>();

    public synchronized ScriptedIdGenerator thenReturn(String... ids) {
        for (String id : ids) {
            queued.add(SysId.of(id));
        }
        return this;
    }

    @Override
    public synchronized SysId next() {
        return queued.isEmpty() ? random() : queued.poll();
    }

    public static SysId random() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return SysId.of(HexFormat.of().formatHex(bytes));
    }
}
