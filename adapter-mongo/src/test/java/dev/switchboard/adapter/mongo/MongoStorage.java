package dev.switchboard.adapter.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.switchboard.application.contract.StorageFixture;
import java.time.Duration;
import org.bson.Document;

/**
 * The four ports on one database (and the bot sessions and the outbox on request), built by hand as the Micronaut factory builds them, with the store and the
 * database behind them for tests that look at the documents. Each instance is what one running Switchboard instance
 * holds (its own in-process locks), so two instances on one database behave like two services sharing it.
 */
record MongoStorage(MongoDatabase database, MongoStore store, MongoUnitOfWork unitOfWork, StorageFixture ports) {

    /** The shipped time budget of a unit of work. */
    static final Duration TIME_BUDGET = Duration.ofSeconds(10);

    static MongoStorage on(MongoDatabase database) {
        return on(database, TIME_BUDGET);
    }

    static MongoStorage on(MongoDatabase database, Duration unitTimeBudget) {
        MongoStore store = new MongoStore(database);
        store.createIndexes();
        MongoUnitOfWork unitOfWork = new MongoUnitOfWork(store, unitTimeBudget);
        return new MongoStorage(database, store, unitOfWork, new StorageFixture(new MongoInteractions(store, unitOfWork),
                new MongoConversations(unitOfWork), new MongoTranscriptMessages(store, unitOfWork), unitOfWork,
                new MongoStorageFactory().commitGroups()));
    }

    /** Ports on the shared contract database: the suites use fresh ids, so they share it without cleaning. */
    static StorageFixture shared() {
        return Shared.PORTS;
    }

    /** The bot sessions of this instance, joining its units of work. */
    MongoBotSessions botSessions() {
        return new MongoBotSessions(store, unitOfWork);
    }

    /** The webhook outbox of this instance, joining its units of work. */
    MongoWebhookOutbox webhookOutbox() {
        return new MongoWebhookOutbox(store, unitOfWork);
    }

    MongoCollection<Document> collection(String name) {
        return database.getCollection(name);
    }

    private static final class Shared {
        static final StorageFixture PORTS = on(InProcessMongo.database("contract")).ports();
    }
}
