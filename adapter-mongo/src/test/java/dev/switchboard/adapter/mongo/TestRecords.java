package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.LoudnessScore;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.sentiment.Sentiment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builders for the adapter's own tests (the contract suites have theirs). */
final class TestRecords {

    static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");

    private TestRecords() {
    }

    static Interaction storedInteraction(StorageFixture storage) {
        Interaction interaction = Interaction.open(ScriptedIdGenerator.random(),
                CallerDetails.of("+14089178877", null, null, UUID.randomUUID().toString(), null), T0);
        storage.unitOfWork().run(() -> {
            storage.interactions().add(interaction);
            return null;
        });
        return interaction;
    }

    static Conversation storedConversation(StorageFixture storage) {
        Conversation conversation = Conversation.begin(ScriptedIdGenerator.random(), storedInteraction(storage).id(), T0);
        storage.unitOfWork().run(() -> {
            storage.conversations().add(conversation);
            return null;
        });
        return conversation;
    }

    static Utterance utterance(long begin, String content) {
        return new Utterance(Participant.CUSTOMER, content, new OffsetRange(begin, begin + 1), Sentiment.NEUTRAL,
                new LoudnessScore(0.5), false, false, UUID.randomUUID().toString(), "[]");
    }

    /** What every appending use case does: lock the interaction, append to its conversation, store both. */
    static TranscriptMessage appendLocked(StorageFixture storage, Conversation conversation, Utterance utterance) {
        return storage.unitOfWork().run(() -> {
            storage.interactions().findByIdForUpdate(conversation.interactionId()).orElseThrow();
            Conversation current = storage.conversations().findByInteraction(conversation.interactionId()).orElseThrow();
            TranscriptMessage message = current.append(ScriptedIdGenerator.random(), utterance, T0);
            storage.messages().addAll(List.of(message));
            storage.conversations().update(current);
            return message;
        });
    }
}
