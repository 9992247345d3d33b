package dev.switchboard.adapter.rest.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.CreateConversationUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.MessageInput;
import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Leniency;
import dev.switchboard.domain.shared.Text;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bodies of the Voice Interaction operations into commands. Immutable and thread-safe; the
 * application has one, shared by the controllers and the VoiceTranscriptObject facade, built with the configured
 * leniency.
 */
@Singleton
public final class RequestReader {

    private final Leniency leniency;
    private final ObjectMapper json;
    private final XmlMapper xml;

    public RequestReader(Leniency leniency) {
        this.leniency = leniency;
        JsonMapper.Builder builder = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        if (leniency.acceptsVendorQuirks()) {
            // The vendor's /messages example has a trailing comma inside an object.
            builder.enable(JsonReadFeature.ALLOW_TRAILING_COMMA);
        }
        this.json = builder.build();
        // No duplicate detection for XML: repeated elements are how XML spells a list (<message>…</message>
        // <message>…</message>); the tree reader turns them into an array. A repeated scalar field becomes an
        // array too, which the field reader then rejects by name.
        this.xml = XmlMapper.builder().build();
    }

    public Leniency leniency() {
        return leniency;
    }

    /** Parses a body; a blank body reads as an empty object so that missing required fields are named. */
    public Body parse(String text, BodyFormat format) {
        if (text == null || text.isBlank()) {
            throw new MalformedBodyException("The request body is empty");
        }
        try {
            JsonNode tree = format == BodyFormat.JSON ? json.readTree(jsonText(text)) : xml.readTree(text);
            return new Body(tree, format);
        } catch (JsonProcessingException e) {
            throw new MalformedBodyException("The request body is not valid " + format + ": " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    private String jsonText(String text) {
        return leniency.acceptsVendorQuirks() ? UnicodeWhitespace.betweenTokensToAscii(text) : text;
    }

    public StartVoiceInteractionUseCase.Command startVoiceInteraction(Body body) {
        return new StartVoiceInteractionUseCase.Command(callerDetails(body));
    }

    public CreateConversationUseCase.Command createConversation(String interactionId, Body body) {
        return new CreateConversationUseCase.Command(interactionId, callerDetails(body));
    }

    /** The /messages body: a list of messages (a JSON array; in XML, repeated child elements). */
    public AddVoiceInteractionMessagesUseCase.Command addMessages(String interactionId, Body body) {
        if (body.format() == BodyFormat.JSON && !body.tree().isArray()) {
            throw new MalformedBodyException("The request body must be a JSON array of messages");
        }
        return new AddVoiceInteractionMessagesUseCase.Command(interactionId,
                messages(body.tree(), "messages", body.format()));
    }

    /**
     * The /transcript body. The interaction may be named in the path, in the body, or both (then they must
     * agree).
     */
    public SaveVoiceConversationTranscriptUseCase.Command saveTranscript(String pathInteractionId, Body body) {
        Fields fields = Fields.of(body.tree(), "", body.format(), leniency);
        String bodyInteractionId = Text.blankToNull(fields.text("interactionId"));
        String pathId = Text.blankToNull(pathInteractionId);
        if (pathId != null && bodyInteractionId != null && !pathId.equals(bodyInteractionId)) {
            throw new InvalidValueException("interactionId",
                    "'" + bodyInteractionId + "' does not match the interaction in the path, '" + pathId + "'");
        }
        String source = fields.text("source");
        String started = fields.text("conversationStarted");
        JsonNode transcript = fields.list("transcript");
        fields.rejectUnknownFields();
        String reference = pathId != null ? pathId : bodyInteractionId;
        List<MessageInput> messages = transcript == null || transcript.isNull()
                ? List.of() : messages(transcript, "transcript", body.format());
        return new SaveVoiceConversationTranscriptUseCase.Command(reference, source,
                SaveVoiceConversationTranscriptUseCase.Command.parseConversationStarted(started), messages);
    }

    /** The PATCH /state body. */
    public EndVoiceInteractionUseCase.Command endVoiceInteraction(String interactionId, Body body) {
        Fields fields = Fields.of(body.tree(), "", body.format(), leniency);
        String state = fields.text("state");
        String recordingUrl = fields.text("recordingURL");
        fields.rejectUnknownFields();
        return new EndVoiceInteractionUseCase.Command(interactionId, state, recordingUrl);
    }

    /** The facade's endVoiceInteraction body, which carries only the recording URL (ending means closing). */
    public EndVoiceInteractionUseCase.Command closeVoiceInteraction(String interactionId, Body body) {
        Fields fields = Fields.of(body.tree(), "", body.format(), leniency);
        String recordingUrl = fields.text("recordingURL");
        fields.rejectUnknownFields();
        return EndVoiceInteractionUseCase.Command.close(interactionId, recordingUrl);
    }

    private CallerDetails callerDetails(Body body) {
        Fields fields = Fields.of(body.tree(), "", body.format(), leniency);
        CallerDetails details = CallerDetails.of(fields.text("userId"), fields.text("agentId"),
                fields.text("callerPhoneNumber"), fields.text("clientSessionId"), fields.text("inboundId"));
        fields.rejectUnknownFields();
        return details;
    }

    private List<MessageInput> messages(JsonNode list, String name, BodyFormat format) {
        List<MessageInput> messages = new ArrayList<>();
        for (JsonNode element : Lists.elements(list, name)) {
            Fields fields = Fields.of(element, name + "[" + messages.size() + "]", format, leniency);
            messages.add(new MessageInput(
                    fields.text("participantId"),
                    fields.text("content"),
                    fields.integer("beginOffsetMillis"),
                    fields.integer("endOffsetMillis"),
                    fields.text("sentiment"),
                    fields.loudness("loudnessScore"),
                    fields.bool("isInternalMessage", false),
                    fields.bool("isEvent", false),
                    fields.text("id"),
                    fields.jsonArray("attributes")));
            fields.rejectUnknownFields();
        }
        return messages;
    }

    /** A parsed body and the syntax it came in. */
    public record Body(JsonNode tree, BodyFormat format) {
    }
}
