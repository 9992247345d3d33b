package dev.switchboard.adapter.jdbc;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Hands the contract suites the port beans, found by their port types as the services will find them. */
@Factory
class StorageFixtureFactory {

    @Singleton
    StorageFixture storageFixture(Interactions interactions, Conversations conversations, TranscriptMessages messages,
                                  UnitOfWork unitOfWork, CommitGroups commitGroups) {
        return new StorageFixture(interactions, conversations, messages, unitOfWork, commitGroups);
    }
}
