package dev.switchboard.adapter.mongo.connection;

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
import java.util.concurrent.TimeUnit;
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

    /** How long the driver looks for a server before an operation fails, unless the URI says otherwise. */
    static final int DEFAULT_SERVER_SELECTION_TIMEOUT_MS = 5_000;

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
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(uri.connectionString());
        // The driver's default is 30 s: too long to notice at start that the store is not there.
        if (uri.connectionString().getServerSelectionTimeout() == null) {
            settings.applyToClusterSettings(cluster ->
                    cluster.serverSelectionTimeout(DEFAULT_SERVER_SELECTION_TIMEOUT_MS, TimeUnit.MILLISECONDS));
        }
        // Like the JDBC stores, answer a request only once its write is on disk (the journal), unless the URI says
        // otherwise, e.g. w=majority on a replica set.
        if (uri.connectionString().getWriteConcern() == null) {
            settings.writeConcern(WriteConcern.JOURNALED);
        }
        if (uri.connectionString().getApplicationName() == null) {
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
        Integer configured = uri.connectionString().getServerSelectionTimeout();
        return configured == null ? DEFAULT_SERVER_SELECTION_TIMEOUT_MS : configured;
    }
}
