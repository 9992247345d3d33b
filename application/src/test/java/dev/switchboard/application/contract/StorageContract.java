package dev.switchboard.application.contract;

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
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What every contract suite shares: the fixture hook and builders for test records. */
public abstract class StorageContract {

    /** Timestamps are whole milliseconds: every supported store keeps at least that precision. */
    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");

    /** The store under test. Called once per test; it may return the same fixture every time. */
    protected abstract StorageFixture storage();

    protected static SysId newId() {
        return ScriptedIdGenerator.random();
    }

    protected static Instant at(long millisAfterT0) {
        return T0.plus(millisAfterT0, ChronoUnit.MILLIS);
    }

    protected static CallerDetails caller(String clientSessionId) {
        return CallerDetails.of("+14089178877", "beth.anglin", "+14089178878", clientSessionId, "inbound-1");
    }

    /** Runs the writes as one unit of work of the store under test. */
    protected void inOneUnit(Runnable writes) {
        storage().unitOfWork().run(() -> {
            writes.run();
            return null;
        });
    }

    /** A new interaction, stored. */
    protected Interaction storedInteraction() {
        return storedInteraction(caller(UUID.randomUUID().toString()), T0);
    }

    protected Interaction storedInteraction(CallerDetails caller, Instant openedAt) {
        return storedInteraction(newId(), caller, openedAt);
    }

    protected Interaction storedInteraction(SysId id, CallerDetails caller, Instant openedAt) {
        Interaction interaction = Interaction.open(id, caller, openedAt);
        inOneUnit(() -> storage().interactions().add(interaction));
        return interaction;
    }

    /** A new interaction with a conversation, both stored. */
    protected Conversation storedConversation() {
        Interaction interaction = storedInteraction();
        Conversation conversation = Conversation.begin(newId(), interaction.id(), T0);
        inOneUnit(() -> storage().conversations().add(conversation));
        return conversation;
    }

    protected static Utterance utterance(long begin, long end, String content) {
        return new Utterance(Participant.CUSTOMER, content, new OffsetRange(begin, end), Sentiment.NEGATIVE,
                new LoudnessScore(0.25), false, false, UUID.randomUUID().toString(),
                "[{\"key\":\"key1\",\"value\":\"value1\"}]");
    }

    /** Appends utterances to the conversation (numbering them) and stores messages and conversation. */
    protected List<TranscriptMessage> append(Conversation conversation, List<Utterance> utterances) {
        List<TranscriptMessage> appended = new ArrayList<>();
        for (Utterance utterance : utterances) {
            appended.add(conversation.append(newId(), utterance, at(appended.size())));
        }
        inOneUnit(() -> {
            storage().messages().addAll(appended);
            storage().conversations().update(conversation);
        });
        return appended;
    }
}
