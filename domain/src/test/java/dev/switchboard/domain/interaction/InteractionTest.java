package dev.switchboard.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InteractionTest {

    private static final SysId ID = SysId.of("4462cb4753751110b6e8ddeeff7b12ca");
    private static final Instant OPENED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-01T10:05:00Z");
    private static final Instant MUCH_LATER = Instant.parse("2026-03-01T11:00:00Z");
    private static final RecordingUrl RECORDING = new RecordingUrl("https://zoom_instance/rec/QbF7XmPFHPlX1LG");
    private static final RecordingUrl OTHER_RECORDING = new RecordingUrl("https://zoom_instance/rec/other");

    private final Interaction interaction = Interaction.open(ID, CallerDetails.of("+14089178877", null, null,
            "f8453abb-a33d-45b7-bf01-52b7a821e99z", null), OPENED);

    @Test
    void aNewInteractionIsNewAndOpen() {
        assertThat(interaction.state()).isEqualTo(InteractionState.NEW);
        assertThat(interaction.isClosed()).isFalse();
        assertThat(interaction.openedAt()).isEqualTo(OPENED);
        assertThat(interaction.recordingUrl()).isEmpty();
        assertThat(interaction.sentiment()).isEmpty();
        assertThat(interaction.closedAt()).isEmpty();
        assertThat(interaction.transcriptSavedAt()).isEmpty();
    }

    @Test
    void liveMessagesMoveANewInteractionToWorkInProgress() {
        interaction.receiveLiveMessages();
        interaction.receiveLiveMessages();

        assertThat(interaction.state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
    }

    @Test
    void openingTheConversationMovesANewInteractionToWorkInProgress() {
        interaction.openConversation(CallerDetails.of("+14089178877", null, null, null, null));

        assertThat(interaction.state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
    }

    @Test
    void aNewInteractionCanBeClosed() {
        CloseOutcome outcome = interaction.close(RECORDING, LATER);

        assertThat(outcome).isEqualTo(CloseOutcome.CLOSED);
        assertThat(interaction.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(interaction.isClosed()).isTrue();
        assertThat(interaction.recordingUrl()).contains(RECORDING);
        assertThat(interaction.closedAt()).contains(LATER);
    }

    @Test
    void anInteractionInProgressCanBeClosedWithoutARecording() {
        interaction.receiveLiveMessages();

        assertThat(interaction.close(null, LATER)).isEqualTo(CloseOutcome.CLOSED);
        assertThat(interaction.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(interaction.recordingUrl()).isEmpty();
    }

    @Test
    void aRepeatedCloseChangesNothing() {
        interaction.close(RECORDING, LATER);

        assertThat(interaction.close(RECORDING, MUCH_LATER)).isEqualTo(CloseOutcome.ALREADY_CLOSED);
        assertThat(interaction.close(null, MUCH_LATER)).isEqualTo(CloseOutcome.ALREADY_CLOSED);
        assertThat(interaction.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(interaction.recordingUrl()).contains(RECORDING);
        assertThat(interaction.closedAt()).contains(LATER);
    }

    @Test
    void closingAgainWithADifferentRecordingIsRefused() {
        interaction.close(RECORDING, LATER);

        assertThatThrownBy(() -> interaction.close(OTHER_RECORDING, MUCH_LATER))
                .isInstanceOf(InteractionClosedException.class)
                .hasMessageContaining(ID.value());
        assertThat(interaction.recordingUrl()).contains(RECORDING);
        assertThat(interaction.closedAt()).contains(LATER);
    }

    @Test
    void anOpenInteractionAcceptsMessagesAgainAndAgain() {
        assertThatCode(interaction::receiveLiveMessages).doesNotThrowAnyException();

        assertThatCode(interaction::receiveLiveMessages).doesNotThrowAnyException();
    }

    @Test
    void aClosedInteractionAcceptsNoMoreMessagesAndStaysClosed() {
        interaction.close(RECORDING, LATER);

        assertThatThrownBy(interaction::receiveLiveMessages)
                .isInstanceOf(InteractionClosedException.class)
                .hasMessageContaining(ID.value());
        assertThat(interaction.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
    }

    @Test
    void aClosedInteractionOpensNoConversationAndKeepsItsCaller() {
        interaction.close(RECORDING, LATER);

        assertThatThrownBy(() -> interaction.openConversation(CallerDetails.of("+14089178877", "beth.anglin",
                null, null, null)))
                .isInstanceOf(InteractionClosedException.class)
                .hasMessageContaining("a conversation can no longer be created");
        assertThat(interaction.caller().agentId()).isNull();
    }

    @Test
    void aTranscriptIsSavedOnceAndMarksActivity() {
        interaction.saveTranscript(LATER);

        assertThat(interaction.transcriptSavedAt()).contains(LATER);
        assertThat(interaction.state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
    }

    @Test
    void aSecondTranscriptIsRefusedWithTheVendorsMessage() {
        interaction.saveTranscript(LATER);

        assertThatThrownBy(() -> interaction.saveTranscript(MUCH_LATER))
                .isInstanceOf(TranscriptAlreadyProcessedException.class)
                .hasMessage("ERROR: Interaction specified in the request has already been processed.");
        assertThat(interaction.transcriptSavedAt()).contains(LATER);
    }

    @Test
    void aTranscriptIsSavedAfterTheCallClosed() {
        interaction.close(RECORDING, LATER);

        interaction.saveTranscript(MUCH_LATER);

        assertThat(interaction.transcriptSavedAt()).contains(MUCH_LATER);
        assertThat(interaction.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
    }

    @Test
    void callerDetailsFillOnlyEmptyFields() {
        interaction.openConversation(CallerDetails.of("+15550000000", "admin@example.com", "+14089178878",
                "another-session", "inbound-7"));

        assertThat(interaction.caller()).isEqualTo(CallerDetails.of("+14089178877", "admin@example.com",
                "+14089178878", "f8453abb-a33d-45b7-bf01-52b7a821e99z", "inbound-7"));
    }

    @Test
    void callerDetailsNeverOverwriteWhatWasRecorded() {
        interaction.openConversation(CallerDetails.of("+14089178877", "beth.anglin", null, null, null));

        interaction.openConversation(CallerDetails.of("+14089178877", "admin@example.com", null, null, null));

        assertThat(interaction.caller().agentId()).isEqualTo("beth.anglin");
    }

    @Test
    void theConversationsSentimentIsMirrored() {
        interaction.reflectSentiment(Optional.of(Sentiment.NEGATIVE));

        assertThat(interaction.sentiment()).contains(Sentiment.NEGATIVE);

        interaction.reflectSentiment(Optional.empty());

        assertThat(interaction.sentiment()).isEmpty();
    }

    @Test
    void restoreRebuildsEveryField() {
        CallerDetails caller = CallerDetails.of("+14089178877", "beth.anglin", null, null, null);

        Interaction restored = Interaction.restore(ID, caller, InteractionState.CLOSED_COMPLETE, RECORDING,
                Sentiment.POSITIVE, OPENED, LATER, MUCH_LATER);

        assertThat(restored.id()).isEqualTo(ID);
        assertThat(restored.caller()).isEqualTo(caller);
        assertThat(restored.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(restored.recordingUrl()).contains(RECORDING);
        assertThat(restored.sentiment()).contains(Sentiment.POSITIVE);
        assertThat(restored.openedAt()).isEqualTo(OPENED);
        assertThat(restored.closedAt()).contains(LATER);
        assertThat(restored.transcriptSavedAt()).contains(MUCH_LATER);
    }
}
