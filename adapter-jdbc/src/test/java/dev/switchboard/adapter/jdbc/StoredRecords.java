package dev.switchboard.adapter.jdbc;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import java.time.Instant;

/** Records the adapter's own tests start from, stored through the ports in one unit of work. */
public final class StoredRecords {

    private StoredRecords() {
    }

    /** A new interaction with its conversation, both stored; returns the conversation. */
    public static Conversation storedConversation(StorageFixture storage, Instant now) {
        Interaction interaction = Interaction.open(ScriptedIdGenerator.random(),
                CallerDetails.of("+14089178877", null, null, null, null), now);
        Conversation conversation = Conversation.begin(ScriptedIdGenerator.random(), interaction.id(), now);
        storage.unitOfWork().run(() -> {
            storage.interactions().add(interaction);
            storage.conversations().add(conversation);
            return null;
        });
        return conversation;
    }
}
