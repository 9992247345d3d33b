package dev.switchboard.adapter.mongo.connection;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the one {@link MongoClient} of the service from {@code switchboard.mongo.uri}, and the database its path
 * names. The database is pinged here, so a store that cannot be reached fails the start with one message that
 * names the URI (password masked) instead of failing the first request.
 */
@Factory
@Requires(property = "switchboard.storage", value = "mongo")
class MongoConnectionFactory {

    private static final Logger LOG = LoggerFactory.getLogger(MongoConnectionFactory.class);

    /**
     * How long an operation waits for a server (the driver's default is 30 s) and for a connection to it, unless
     * the URI says otherwise ({@code serverSelectionTimeoutMS}, {@code waitQueueTimeoutMS}): when the database is
     * down, a request is answered 503 after this long, and a start fails after it.
     */
    static final int DEFAULT_SERVER_SELECTION_TIMEOUT_MS = 3_000;
    /** How long opening a connection may take, unless the URI's {@code connectTimeoutMS} says (driver: 10 s). */
    static final int DEFAULT_CONNECT_TIMEOUT_MS = 3_000;
    /**
     * How long the driver waits for a server's answer, unless the URI's {@code socketTimeoutMS} says (driver: no
     * limit), so that a server that stops answering without closing the connection cannot hold a request forever.
     */
    static final int DEFAULT_SOCKET_TIMEOUT_MS = 10_000;

    @Singleton
    MongoUri mongoUri(@Property(name = MongoUri.PROPERTY) @Nullable String uri) {
        try {
            return MongoUri.parse(uri);
        } catch (IllegalArgumentException e) {
            throw new MongoStartupException(e.getMessage());
        }
    }

    @Singleton
    @Bean(preDestroy = "close")
    MongoClient mongoClient(MongoUri uri) {
        ConnectionString options = uri.connectionString();
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(options);
        // The URI's own timeouts, else these defaults (the driver's are 30 s, 2 min, 10 s and no limit).
        settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                orDefault(options.getServerSelectionTimeout(), DEFAULT_SERVER_SELECTION_TIMEOUT_MS), MILLISECONDS));
        settings.applyToConnectionPoolSettings(pool -> pool.maxWaitTime(
                orDefault(options.getMaxWaitTime(), DEFAULT_SERVER_SELECTION_TIMEOUT_MS), MILLISECONDS));
        settings.applyToSocketSettings(socket -> socket
                .connectTimeout(orDefault(options.getConnectTimeout(), DEFAULT_CONNECT_TIMEOUT_MS), MILLISECONDS)
                .readTimeout(orDefault(options.getSocketTimeout(), DEFAULT_SOCKET_TIMEOUT_MS), MILLISECONDS));
        // Like the JDBC stores, answer a request only once its write is on disk (the journal), unless the URI says
        // otherwise, e.g. w=majority on a replica set.
        if (options.getWriteConcern() == null) {
            settings.writeConcern(WriteConcern.JOURNALED);
        }
        if (options.getApplicationName() == null) {
            settings.applicationName("switchboard");
        }
        return MongoClients.create(settings.build());
    }

    @Singleton
    MongoDatabase mongoDatabase(MongoClient client, MongoUri uri) {
        MongoDatabase database = client.getDatabase(uri.database());
        try {
            database.runCommand(new Document("ping", 1));
        } catch (MongoTimeoutException e) {
            throw unreachable(uri, "no server answered within the server selection timeout (" + timeoutMillis(uri)
                    + " ms)", e);
        } catch (MongoSecurityException e) {
            throw unreachable(uri, "the server refused the credentials", e);
        } catch (MongoException e) {
            throw unreachable(uri, e.getMessage(), e);
        }
        return database;
    }

    private static MongoStartupException unreachable(MongoUri uri, String reason, MongoException cause) {
        LOG.debug("MongoDB at {} could not be used", uri.masked(), cause);
        return new MongoStartupException("Cannot use MongoDB at " + uri.masked() + " (" + MongoUri.PROPERTY + "): "
                + reason);
    }

    private static int timeoutMillis(MongoUri uri) {
        return orDefault(uri.connectionString().getServerSelectionTimeout(), DEFAULT_SERVER_SELECTION_TIMEOUT_MS);
    }

    private static int orDefault(Integer configured, int defaultValue) {
        return configured == null ? defaultValue : configured;
    }
}
