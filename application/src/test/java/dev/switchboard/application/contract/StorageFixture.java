package dev.switchboard.application.contract;

import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;

/** The storage ports of one store, as a contract suite receives them. */
public record StorageFixture(Interactions interactions, Conversations conversations, TranscriptMessages messages,
                             UnitOfWork unitOfWork, CommitGroups commitGroups) {
}
