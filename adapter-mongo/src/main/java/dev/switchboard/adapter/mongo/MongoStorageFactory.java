package dev.switchboard.adapter.mongo;

import com.mongodb.client.MongoDatabase;
import dev.switchboard.application.port.out.CommitGroups;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Opens the store when the application starts rather than on the first request ({@code @Context}): the database
 * is pinged (see the connection package), the indexes are created and batches orphaned by an earlier crash are
 * swept, so a store that is unreachable or refuses an index stops the start with a clear message.
 */
@Factory
@Requires(property = "switchboard.storage", value = "mongo")
class MongoStorageFactory {

    @Context
    MongoStore mongoStore(MongoDatabase database) {
        MongoStore store = new MongoStore(database);
        store.createIndexes();
        new OrphanSweeper(store).sweep(Instant.now());
        return store;
    }

    /**
     * No group commit on MongoDB: a unit of work commits by one compare-and-set on one interaction's document, so it
     * cannot hold the batches of several calls. Each batch is its own unit, run by the thread that submits it.
     */
    @Singleton
    CommitGroups commitGroups() {
        return CommitGroups.eachAlone();
    }
}
