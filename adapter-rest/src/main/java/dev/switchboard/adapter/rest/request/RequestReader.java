package dev.switchboard.adapter.rest.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.CreateConversationUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.domain.conversation.ConversationOrigin;
import dev.switchboard.domain.conversation.LoudnessScore;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.InteractionReference;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bodies of the Voice Interaction operations into commands holding domain values: every check of a
 * request happens here, on the way in, so a use case only orchestrates. Immutable and thread-safe; the application
 * has one, shared by the controllers and the VoiceTranscriptObject facade, built with the configured leniency
 * (wire quirks), transcript policy (domain rules set by configuration) and input limits (how much one request may
 * carry).
 */
@Singleton
public final class RequestReader {

    private static final DateTimeFormatter VENDOR_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Leniency leniency;
    private final TranscriptPolicy policy;
    private final InputLimits limits;
    private final BodyParser parser;

    @Inject
    public RequestReader(Leniency leniency, TranscriptPolicy policy, InputLimits limits) {
        this.leniency = leniency;
        this.policy = policy;
        this.limits = limits;
        this.parser = new BodyParser(leniency, limits);
    }

    /** A reader with the default {@link InputLimits}. */
    public RequestReader(Leniency leniency, TranscriptPolicy policy) {
        this(leniency, policy, InputLimits.defaults());
    }

    /**
     * Parses a body. A blank one is refused at once; any other failure to parse is reported when an operation reads
     * the body, which knows what a list at its root is called (so the error names {@code messages[3].content}).
     */
    public Body parse(String text, BodyFormat format) {
        if (text == null || Text.isBlank(text)) {
            throw new MalformedBodyException("The request body is empty");
        }
        String input = format == BodyFormat.JSON && leniency.acceptsVendorQuirks()
                ? UnicodeWhitespace.betweenTokensToAscii(text) : text;
        return new Body(parser.parse(input, format), format);
    }

    public StartVoiceInteractionUseCase.Command startVoiceInteraction(Body body) {
        return new StartVoiceInteractionUseCase.Command(callerDetails(body.tree(""), body.format()));
    }

    public CreateConversationUseCase.Command createConversation(String interactionId, Body body) {
        JsonNode tree = body.tree("");
        SysId id = InteractionIds.parse(interactionId);
        return new CreateConversationUseCase.Command(id, callerDetails(tree, body.format()));
    }

    /** The /messages body: a list of messages (a JSON array; in XML, repeated child elements). */
    public AddVoiceInteractionMessagesUseCase.Command addMessages(String interactionId, Body body) {
        JsonNode tree = body.tree("messages");
        SysId id = InteractionIds.parse(interactionId);
        if (body.format() == BodyFormat.JSON && !tree.isArray()) {
            throw new MalformedBodyException("The request body must be a JSON array of messages");
        }
        return new AddVoiceInteractionMessagesUseCase.Command(id, utterances(tree, "messages", body.format()));
    }

    /**
     * The /transcript body. The interaction may be named in the path, in the body, or both (then they must
     * agree): a sys_id or the interaction's clientSessionId.
     */
    public SaveVoiceConversationTranscriptUseCase.Command saveTranscript(String pathInteractionId, Body body) {
        Fields fields = Fields.of(body.tree(""), "", body.format(), leniency, limits);
        String bodyInteractionId = Text.blankToNull(fields.text("interactionId"));
        String pathId = Text.blankToNull(pathInteractionId);
        if (pathId != null && bodyInteractionId != null && !pathId.equals(bodyInteractionId)) {
            throw new InvalidValueException("interactionId", Text.quoted(bodyInteractionId)
                    + " does not match the interaction in the path, " + Text.quoted(pathId));
        }
        String source = fields.text("source");
        String started = fields.text("conversationStarted");
        JsonNode transcript = fields.list("transcript");
        fields.rejectUnknownFields();
        List<Utterance> utterances = transcript == null || transcript.isNull()
                ? List.of() : utterances(transcript, "transcript", body.format());
        ConversationOrigin origin = new ConversationOrigin(source, conversationStarted(started));
        return new SaveVoiceConversationTranscriptUseCase.Command(
                new InteractionReference(pathId != null ? pathId : bodyInteractionId), origin, utterances);
    }

    /** The PATCH /state body: the only state a client may set is closed_complete. */
    public EndVoiceInteractionUseCase.Command endVoiceInteraction(String interactionId, Body body) {
        JsonNode tree = body.tree("");
        SysId id = InteractionIds.parse(interactionId);
        Fields fields = Fields.of(tree, "", body.format(), leniency, limits);
        String state = fields.text("state");
        String recordingUrl = fields.text("recordingURL");
        fields.rejectUnknownFields();
        if (Text.blankToNull(state) == null) {
            throw InvalidValueException.missing("state");
        }
        if (!InteractionState.CLOSED_COMPLETE.value().equals(state)) {
            throw new InvalidValueException("state", "the only supported value is closed_complete, was " + Text.quoted(state));
        }
        return new EndVoiceInteractionUseCase.Command(id, recordingUrl(recordingUrl));
    }

    /**
     * The facade's endVoiceInteraction body, which carries only the recording URL (ending means closing); a null
     * or blank body means the call has no recording.
     */
    public EndVoiceInteractionUseCase.Command closeVoiceInteraction(String interactionId, String json) {
        SysId id = InteractionIds.parse(interactionId);
        if (json == null || Text.isBlank(json)) {
            return new EndVoiceInteractionUseCase.Command(id, null);
        }
        Fields fields = Fields.of(parse(json, BodyFormat.JSON).tree(""), "", BodyFormat.JSON, leniency, limits);
        String recordingUrl = fields.text("recordingURL");
        fields.rejectUnknownFields();
        return new EndVoiceInteractionUseCase.Command(id, recordingUrl(recordingUrl));
    }

    private CallerDetails callerDetails(JsonNode tree, BodyFormat format) {
        Fields fields = Fields.of(tree, "", format, leniency, limits);
        CallerDetails details = CallerDetails.of(fields.text("userId"), fields.text("agentId"),
                fields.text("callerPhoneNumber"), fields.text("clientSessionId"), fields.text("inboundId"));
        fields.rejectUnknownFields();
        return details;
    }

    private List<Utterance> utterances(JsonNode list, String name, BodyFormat format) {
        ArrayNode elements = Lists.elements(list, name);
        if (elements.size() > limits.maxMessages()) {
            throw new InvalidValueException(name, "must hold at most " + limits.maxMessages() + " messages, was "
                    + elements.size());
        }
        List<Utterance> utterances = new ArrayList<>();
        for (JsonNode element : elements) {
            String location = name + "[" + utterances.size() + "]";
            utterances.add(utterance(Fields.of(element, location, format, leniency, limits), location));
        }
        return utterances;
    }

    /** Reads every field first (wire errors carry their full path), then builds the domain values. */
    private Utterance utterance(Fields fields, String location) {
        String participant = fields.text("participantId");
        String content = fields.text("content");
        Long begin = fields.integer("beginOffsetMillis");
        Long end = fields.integer("endOffsetMillis");
        String sentiment = Text.blankToNull(fields.text("sentiment"));
        Double loudness = fields.loudness("loudnessScore");
        boolean internal = fields.bool("isInternalMessage", false);
        boolean event = fields.bool("isEvent", false);
        String sourceId = Text.blankToNull(fields.text("id"));
        String attributes = fields.attributes("attributes");
        fields.rejectUnknownFields();
        try {
            return new Utterance(Participant.parse(participant, "participantId"),
                    Text.atMost(content, limits.maxTextLength(), "content"),
                    policy.offsets(required(begin, "beginOffsetMillis"), required(end, "endOffsetMillis")),
                    sentiment == null ? null : policy.sentiment(sentiment, "sentiment"),
                    loudness == null ? null : new LoudnessScore(loudness), internal, event, sourceId, attributes);
        } catch (InvalidValueException e) {
            throw e.within(location);
        }
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw InvalidValueException.missing(field);
        }
        return value;
    }

    /**
     * The documented close request sends {@code "https: //zoom_instance/rec/…"}, so compatibility mode drops
     * whitespace before validating; strict mode lets the domain reject it.
     */
    private RecordingUrl recordingUrl(String raw) {
        String value = Text.blankToNull(raw);
        if (value == null) {
            return null;
        }
        return new RecordingUrl(leniency.acceptsVendorQuirks() ? value.replaceAll("\\s+", "") : value);
    }

    /** The vendor's {@code YYYY-MM-DD HH:MM:SS} timestamp, read as UTC; blank means not sent. */
    private static Instant conversationStarted(String value) {
        if (Text.blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim(), VENDOR_TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("conversationStarted",
                    "must have the form YYYY-MM-DD HH:MM:SS, was " + Text.quoted(value));
        }
    }

    /** A body as {@link #parse} read it, and the syntax it came in. */
    public static final class Body {

        private final BodyParser.Parsed parsed;
        private final BodyFormat format;

        private Body(BodyParser.Parsed parsed, BodyFormat format) {
            this.parsed = parsed;
            this.format = format;
        }

        public BodyFormat format() {
            return format;
        }

        /**
         * The parsed tree.
         *
         * @param rootName what a list at the root is called in errors ({@code messages}), or ""
         * @throws MalformedBodyException when the body could not be parsed
         */
        JsonNode tree(String rootName) {
            if (parsed.failure() != null) {
                throw parsed.failure().exception(rootName);
            }
            return parsed.tree();
        }
    }
}
