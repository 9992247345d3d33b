package dev.switchboard.adapter.mongo;

import com.mongodb.client.MongoDatabase;
import dev.switchboard.application.port.out.CommitGroups;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Opens the store when the application starts rather than on the first request ({@code @Context}): the database
 * is pinged (see the connection package) and the indexes are created, so a store that is unreachable or refuses an
 * index stops the start with a clear message. Batches orphaned by a crash are swept in the background
 * ({@link OrphanSweeps}).
 */
@Factory
@Requires(property = "switchboard.storage", value = "mongo")
class MongoStorageFactory {

    @Context
    MongoStore mongoStore(MongoDatabase database) {
        MongoStore store = new MongoStore(database);
        store.createIndexes();
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
