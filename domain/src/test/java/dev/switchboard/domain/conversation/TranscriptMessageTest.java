package dev.switchboard.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TranscriptMessageTest {

    private static final SysId ID = SysId.of("0123456789abcdef0123456789abcdef");
    private static final SysId CONVERSATION_ID = SysId.of("8439d3c753b51110b6e8ddeeff7b12e2");
    private static final Instant RECEIVED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Utterance UTTERANCE = new Utterance(Participant.AGENT, "This is John.",
            new OffsetRange(10000, 15000), null, null, false, false, "954c4edc", null);

    @Test
    void sequenceNumbersStartAtOne() {
        assertThatThrownBy(() -> new TranscriptMessage(ID, CONVERSATION_ID, 0, UTTERANCE, RECEIVED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TranscriptMessage(ID, CONVERSATION_ID, 1, UTTERANCE, RECEIVED).sequence()).isEqualTo(1);
    }

    @Test
    void aMessageIsDeduplicatedByWhatWasSaid() {
        assertThat(new TranscriptMessage(ID, CONVERSATION_ID, 1, UTTERANCE, RECEIVED).deduplicationKey())
                .isEqualTo(UTTERANCE.deduplicationKey());
    }
}
