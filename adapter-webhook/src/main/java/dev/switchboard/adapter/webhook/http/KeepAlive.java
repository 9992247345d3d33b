package dev.switchboard.adapter.webhook.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How many connections a {@link PinnedHttpClient} keeps open between requests, and for how long.
 *
 * @param maxIdle               idle connections kept in all; 0 keeps none (every request on a connection of its own,
 *                              sent with {@code Connection: close})
 * @param maxIdlePerDestination idle connections kept per destination (scheme, host, port and address)
 * @param idleTimeout           how long a connection may stay unused before it is closed
 */
public record KeepAlive(int maxIdle, int maxIdlePerDestination, Duration idleTimeout) {

    /** What {@code switchboard.webhook.*} defaults to (docs/webhooks.md, "Settings"). */
    public static final KeepAlive DEFAULT = new KeepAlive(64, 8, Duration.ofSeconds(30));
    /** One request per connection, as before connections were kept. */
    public static final KeepAlive OFF = new KeepAlive(0, 0, Duration.ofSeconds(1));

    public KeepAlive {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (maxIdle < 0 || maxIdlePerDestination < 0) {
            throw new IllegalArgumentException("idle connection limits must not be negative");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
    }

    /** Whether any connection is kept at all. */
    boolean enabled() {
        return maxIdle > 0 && maxIdlePerDestination > 0;
    }
}
