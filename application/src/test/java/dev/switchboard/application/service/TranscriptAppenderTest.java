package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.message;
import static dev.switchboard.domain.conversation.Participant.AGENT;
import static dev.switchboard.domain.conversation.Participant.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.service.TranscriptAppender.Appended;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptAppenderTest {

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();
    private final TranscriptAppender appender = new TranscriptAppender(bed.storage.conversations(),
            bed.storage.messages(), bed.ids, bed.clock, WebhookEvents.none());

    private Appended append(SysId interactionId, List<Utterance> utterances) {
        TranscriptAppender.Appends appends = appender.begin(interactionId, utterances);
        Appended appended = appends.append(interactionId, utterances);
        appends.store();
        return appended;
    }

    @Test
    void theResultHoldsOnlyTheMessagesStoredNowWithoutReSentCopies() {
        SysId interactionId = bed.startInteraction();
        Utterance hello = message(AGENT, "Hello", 0, 1000, Sentiment.POSITIVE, "m-1");
        Utterance hi = message(CUSTOMER, "Hi", 1000, 2000, Sentiment.POSITIVE, "m-2");
        append(interactionId, List.of(hello));

        Appended appended = append(interactionId, List.of(hello, hi, hi));
        Appended onlyCopies = append(interactionId, List.of(hi, hello));

        assertThat(appended.stored()).extracting(TranscriptMessage::utterance).containsExactly(hi);
        assertThat(appended.stored()).extracting(TranscriptMessage::sequence).containsExactly(2L);
        assertThat(onlyCopies.stored()).isEmpty();
        assertThat(onlyCopies.sentiment()).contains(Sentiment.POSITIVE);
    }
}
