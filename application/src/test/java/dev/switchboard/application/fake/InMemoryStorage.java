package dev.switchboard.application.fake;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.port.out.CommitGroups;

/** A fresh in-memory store with its four ports. */
public final class InMemoryStorage {

    private InMemoryStorage() {
    }

    public static StorageFixture create() {
        return create(new InMemoryStore());
    }

    /** The ports over a given store, for a test that also builds other ports (the outbox, bot sessions) on it. */
    public static StorageFixture create(InMemoryStore store) {
        return new StorageFixture(new InMemoryInteractions(store), new InMemoryConversations(store),
                new InMemoryTranscriptMessages(store), new InMemoryUnitOfWork(store), CommitGroups.eachAlone());
    }
}
