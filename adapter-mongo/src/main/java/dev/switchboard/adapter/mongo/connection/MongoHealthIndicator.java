package dev.switchboard.adapter.mongo.connection;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.bson.Document;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes {@code /health} (and its readiness probe) DOWN while MongoDB cannot be reached, as Micronaut's JDBC indicator
 * does for a data source: each check pings the database, which fails after the server selection timeout when no
 * server answers. The result carries no details: why it failed goes to the log, not to an anonymous endpoint.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
@Requires(property = "endpoints.health.mongodb.enabled", notEquals = "false")
final class MongoHealthIndicator implements HealthIndicator {

    static final String NAME = "mongodb";
    private static final Logger LOG = LoggerFactory.getLogger(MongoHealthIndicator.class);

    private final MongoDatabase database;
    private final ExecutorService blocking;

    MongoHealthIndicator(MongoDatabase database, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.database = database;
        this.blocking = blocking;
    }

    /** The ping blocks for up to the server selection timeout, so it runs off the event loop. */
    @Override
    public Publisher<HealthResult> getResult() {
        return new AsyncSingleResultPublisher<>(blocking, this::ping);
    }

    HealthResult ping() {
        try {
            database.runCommand(new Document("ping", 1));
            return HealthResult.builder(NAME, HealthStatus.UP).build();
        } catch (MongoException e) {
            LOG.warn("MongoDB health check failed: {}", e.getMessage());
            return HealthResult.builder(NAME, HealthStatus.DOWN).build();
        }
    }
}
