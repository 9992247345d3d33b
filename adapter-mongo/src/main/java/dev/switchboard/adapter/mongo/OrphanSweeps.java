package dev.switchboard.adapter.mongo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link OrphanSweeper} in the background, every {@code switchboard.mongo.sweep-interval} (1 minute), on
 * every instance: sweeps are idempotent, so instances need not agree on who sweeps, and the instance that replaces a
 * crashed one cleans up after it. Off the start path, because what a sweep reads grows with the interval's traffic.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
class OrphanSweeps {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweeps.class);

    private final OrphanSweeper sweeper;

    OrphanSweeps(MongoStore store) {
        this.sweeper = new OrphanSweeper(store);
    }

    @Scheduled(fixedDelay = "${switchboard.mongo.sweep-interval:1m}", initialDelay = "${switchboard.mongo.sweep-interval:1m}")
    void sweep() {
        try {
            sweeper.sweep(Instant.now());
        } catch (RuntimeException e) {
            // Nothing is lost by waiting: what this sweep would have removed stays invisible until the next one.
            LOG.warn("Sweep of uncommitted message batches failed, next try in one interval", e);
        }
    }
}
