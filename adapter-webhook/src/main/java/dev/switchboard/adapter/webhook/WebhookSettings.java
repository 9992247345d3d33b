package dev.switchboard.adapter.webhook;

import dev.switchboard.adapter.webhook.http.KeepAlive;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * {@code switchboard.webhook.*}: how replies are delivered (docs/webhooks.md, "Settings").
 *
 * @param allowedHosts    host names or IP addresses that may be reached although they are internal
 * @param threads         deliveries in progress at once, over all sessions
 * @param retryDelays     the waits before the second, third … attempt
 * @param connectTimeout  how long connecting to a receiver may take
 * @param requestTimeout  how long a receiver may take to answer one attempt
 * @param maxPending      deliveries that may wait or be in progress; past it, a reply is logged and dropped
 * @param shutdownGrace   how long shutdown lets pending deliveries finish
 * @param maxIdleConnections               connections to receivers kept open between deliveries, in all; 0 keeps
 *                                         none (each attempt on a connection of its own)
 * @param maxIdleConnectionsPerDestination of those, per receiver (scheme, host, port and the address connected to)
 * @param idleConnectionTimeout            how long a kept connection may stay unused before it is closed
 */
@ConfigurationProperties("switchboard.webhook")
public record WebhookSettings(@Nullable List<String> allowedHosts,
                              @Bindable(defaultValue = "4") int threads,
                              @Nullable List<Duration> retryDelays,
                              @Bindable(defaultValue = "5s") Duration connectTimeout,
                              @Bindable(defaultValue = "15s") Duration requestTimeout,
                              @Bindable(defaultValue = "10000") int maxPending,
                              @Bindable(defaultValue = "5s") Duration shutdownGrace,
                              @Bindable(defaultValue = "64") int maxIdleConnections,
                              @Bindable(defaultValue = "8") int maxIdleConnectionsPerDestination,
                              @Bindable(defaultValue = "30s") Duration idleConnectionTimeout) {

    private static final String PREFIX = "switchboard.webhook.";
    private static final List<Duration> DEFAULT_RETRY_DELAYS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5));

    public WebhookSettings {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        retryDelays = retryDelays == null ? DEFAULT_RETRY_DELAYS : List.copyOf(retryDelays);
        atLeast(1, threads, "threads");
        atLeast(1, maxPending, "max-pending");
        for (Duration delay : retryDelays) {
            if (delay.isNegative()) {
                throw new ConfigurationException(PREFIX + "retry-delays must not be negative, was " + delay);
            }
        }
        positive(connectTimeout, "connect-timeout");
        positive(requestTimeout, "request-timeout");
        atLeast(0, maxIdleConnections, "max-idle-connections");
        atLeast(0, maxIdleConnectionsPerDestination, "max-idle-connections-per-destination");
        positive(idleConnectionTimeout, "idle-connection-timeout");
        if (shutdownGrace.isNegative()) {
            throw new ConfigurationException(PREFIX + "shutdown-grace must not be negative, was " + shutdownGrace);
        }
    }

    /** How many connections to receivers are kept open, and for how long. */
    public KeepAlive keepAlive() {
        return new KeepAlive(maxIdleConnections, maxIdleConnectionsPerDestination, idleConnectionTimeout);
    }

    private static void atLeast(int minimum, int value, String name) {
        if (value < minimum) {
            throw new ConfigurationException(PREFIX + name + " must be at least " + minimum + ", was " + value);
        }
    }

    private static void positive(Duration value, String name) {
        if (value.isZero() || value.isNegative()) {
            throw new ConfigurationException(PREFIX + name + " must be positive, was " + value);
        }
    }
}
