package dev.switchboard.adapter.rest.facade;

import dev.switchboard.adapter.rest.request.BodyFormat;
import dev.switchboard.adapter.rest.request.MalformedBodyException;
import dev.switchboard.adapter.rest.request.RequestReader;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.CreateConversationUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.interaction.InteractionIdMissingException;
import dev.switchboard.domain.interaction.TranscriptAlreadyProcessedException;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.SysId;
import jakarta.inject.Singleton;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vendor's {@code VoiceTranscriptObject} scriptable API: JSON strings in, the documented strings out.
 * Every method returns its documented error string instead of throwing, as a script expects.
 */
@Singleton
public final class VoiceTranscriptObject {

    /** Shown instead of an unexpected fault's own message, which may expose internals; the fault is logged. */
    static final String UNEXPECTED_ERROR = "An unexpected internal error occurred; the details have been logged";
    /** Shown when the store cannot be used now: the call may be repeated later. */
    static final String STORAGE_UNAVAILABLE = "The service cannot use its database right now; try again later";

    private static final Logger LOG = LoggerFactory.getLogger(VoiceTranscriptObject.class);
    private static final String TRANSCRIPT_SAVED = "Voice conversation transcript has been successfully saved. Conversation id: ";

    private final StartVoiceInteractionUseCase startVoiceInteraction;
    private final CreateConversationUseCase createConversation;
    private final AddVoiceInteractionMessagesUseCase addMessages;
    private final SaveVoiceConversationTranscriptUseCase saveTranscript;
    private final EndVoiceInteractionUseCase endVoiceInteraction;
    private final RequestReader reader;

    public VoiceTranscriptObject(VoiceInteractionUseCases useCases, RequestReader reader) {
        this.startVoiceInteraction = useCases.startVoiceInteraction();
        this.createConversation = useCases.createConversation();
        this.addMessages = useCases.addMessages();
        this.saveTranscript = useCases.saveTranscript();
        this.endVoiceInteraction = useCases.endVoiceInteraction();
        this.reader = reader;
    }

    /** @return {@code {"interactionId":"<id>","status":"SUCCESS"}}, or the error form */
    public String startVoiceInteraction(String json) {
        return call("startVoiceInteraction", () -> {
            SysId id = startVoiceInteraction.startVoiceInteraction(reader.startVoiceInteraction(body(json)));
            return ResultJson.success("interactionId", id);
        }, error -> ResultJson.failed("Exception occurred while starting the interaction: " + error));
    }

    /** @return {@code {"conversationId":"<id>","status":"SUCCESS"}}, or the error form */
    public String createConversation(String interactionId, String json) {
        return call("createConversation", () -> {
            SysId id = createConversation.createConversation(reader.createConversation(interactionId, body(json)));
            return ResultJson.success("conversationId", id);
        }, error -> ResultJson.failed("Exception occurred while creating a conversation: " + error));
    }

    /**
     * @param json a JSON array of messages
     * @return the sentence naming the conversation that holds the messages (the seed's table promises a message
     *         id, but its example prints the conversation's, as the REST API does), or the error form
     */
    public String addVoiceInteractionMessage(String interactionId, String json) {
        return call("addVoiceInteractionMessage", () -> {
            SysId id = addMessages.addMessagesAndWait(reader.addMessages(interactionId, body(json)));
            return TRANSCRIPT_SAVED + id;
        }, error -> "Exception occurred while adding the message: " + error);
    }

    /**
     * @param json optional; {@code {"recordingURL":"…"}}. Null or blank means the call has no recording.
     * @return {@code Success}, also when the same close is repeated, or the error form
     */
    public String endVoiceInteraction(String interactionId, String json) {
        return call("endVoiceInteraction", () -> {
            endVoiceInteraction.endVoiceInteraction(reader.closeVoiceInteraction(interactionId, json));
            return "Success";
        }, error -> "Exception occurred while ending the interaction: " + error);
    }

    /**
     * @param voiceConversationJson interactionId (a sys_id, or the interaction's clientSessionId), source,
     *                              conversationStarted and the transcript's messages
     * @return the sentence naming the conversation, one of the vendor's two {@code ERROR:} sentences, or the
     *         error form
     */
    public String saveVoiceConversationTranscript(String voiceConversationJson) {
        return call("saveVoiceConversationTranscript", () -> {
            try {
                SysId id = saveTranscript.saveTranscript(reader.saveTranscript(null, body(voiceConversationJson)));
                return TRANSCRIPT_SAVED + id;
            } catch (InteractionIdMissingException | TranscriptAlreadyProcessedException e) {
                // The vendor documents these two failures as sentences of their own, without the prefix below.
                return e.getMessage();
            }
        }, error -> "Voice conversation transcript could not be saved. Detail error: " + error);
    }

    private RequestReader.Body body(String json) {
        return reader.parse(json, BodyFormat.JSON);
    }

    /**
     * Runs one method and words its failure: an expected failure with its own message, a store that cannot be used
     * with a request to try again, anything else with a generic one after logging it. The one place where this
     * facade turns exceptions into strings.
     */
    private static String call(String method, Supplier<String> action, UnaryOperator<String> failure) {
        try {
            return action.get();
        } catch (DomainException | MalformedBodyException e) {
            return failure.apply(e.getMessage());
        } catch (StorageUnavailableException e) {
            LOG.warn("VoiceTranscriptObject.{}: {}", method, e.getMessage());
            return failure.apply(STORAGE_UNAVAILABLE);
        } catch (RuntimeException e) {
            LOG.error("VoiceTranscriptObject.{} failed unexpectedly", method, e);
            return failure.apply(UNEXPECTED_ERROR);
        }
    }
}
