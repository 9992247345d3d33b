package dev.switchboard.adapter.rest.facade;

import static dev.switchboard.adapter.rest.facade.VendorExamples.ADD_MESSAGES;
import static dev.switchboard.adapter.rest.facade.VendorExamples.CREATE_CONVERSATION;
import static dev.switchboard.adapter.rest.facade.VendorExamples.END_VOICE_INTERACTION;
import static dev.switchboard.adapter.rest.facade.VendorExamples.START_VOICE_INTERACTION;
import static dev.switchboard.adapter.rest.facade.VendorExamples.VOICE_CONVERSATION_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.switchboard.adapter.rest.FailingUseCases;
import dev.switchboard.adapter.rest.request.Leniency;
import dev.switchboard.adapter.rest.request.RequestReader;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A fault nobody expected (a bug) still gives the documented error form, with a generic message rather than the
 * fault's own: a script calling the facade never sees an exception.
 */
class VoiceTranscriptObjectUnexpectedFaultTest {

    private static final String INTERACTION_ID = "1f4ed6fdb7471110b6e8bc15ae11a971";
    private static final String FAULT = "connection to db-7.internal refused";

    private final VoiceTranscriptObject facade = new VoiceTranscriptObject(
            FailingUseCases.throwing(() -> new IllegalStateException(FAULT)),
            new RequestReader(Leniency.VENDOR_COMPATIBLE, TranscriptPolicy.defaults()));

    @Test
    void everyMethodAnswersWithItsErrorFormAndAGenericMessage() {
        String generic = VoiceTranscriptObject.UNEXPECTED_ERROR;

        assertThat(facade.startVoiceInteraction(START_VOICE_INTERACTION)).isEqualTo(
                "{\"error\":\"Exception occurred while starting the interaction: " + generic + "\",\"status\":\"FAILED\"}");
        assertThat(facade.createConversation(INTERACTION_ID, CREATE_CONVERSATION)).isEqualTo(
                "{\"error\":\"Exception occurred while creating a conversation: " + generic + "\",\"status\":\"FAILED\"}");
        assertThat(facade.addVoiceInteractionMessage(INTERACTION_ID, ADD_MESSAGES))
                .isEqualTo("Exception occurred while adding the message: " + generic);
        assertThat(facade.endVoiceInteraction(INTERACTION_ID, END_VOICE_INTERACTION))
                .isEqualTo("Exception occurred while ending the interaction: " + generic);
        assertThat(facade.saveVoiceConversationTranscript(VOICE_CONVERSATION_JSON))
                .isEqualTo("Voice conversation transcript could not be saved. Detail error: " + generic);
    }

    @Test
    void theFaultsOwnMessageIsNotShownToTheCaller() {
        assertThat(facade.addVoiceInteractionMessage(INTERACTION_ID, ADD_MESSAGES)).doesNotContain(FAULT);
        assertThat(facade.startVoiceInteraction(START_VOICE_INTERACTION)).doesNotContain(FAULT);
    }

    @Test
    void theFaultIsLoggedWithItsCause() {
        Logger log = (Logger) LoggerFactory.getLogger(VoiceTranscriptObject.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        log.addAppender(appender);
        try {
            facade.endVoiceInteraction(INTERACTION_ID, END_VOICE_INTERACTION);
        } finally {
            log.detachAppender(appender);
        }

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).isEqualTo("VoiceTranscriptObject.endVoiceInteraction failed unexpectedly");
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo(FAULT);
        });
    }
}
