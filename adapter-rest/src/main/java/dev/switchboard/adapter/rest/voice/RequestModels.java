package dev.switchboard.adapter.rest.voice;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The request bodies as OpenAPI schemas, so that generated clients get real types. Documentation only: bodies are
 * read by hand by the request reader (the vendor's own examples must be accepted as printed), never bound to these.
 */
final class RequestModels {

    private RequestModels() {
    }

    @Schema(name = "CallerDetails", description = "Who is calling; the body of POST /cs/voice-interactions and "
            + "POST …/{id}/conversation")
    record Caller(
            @Schema(description = "The caller, in whatever form the CCaaS platform uses", requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 255, example = "+14089178877") String userId,
            @Schema(description = "The agent to route to; absent means the virtual agent", maxLength = 255) String agentId,
            @Schema(description = "Callback number, E.164", pattern = "\\+[1-9][0-9]{1,14}") String callerPhoneNumber,
            @Schema(description = "The call's id in the external CCaaS system", maxLength = 255) String clientSessionId,
            @Schema(description = "The provider application the call came in through", maxLength = 255) String inboundId) {
    }

    @Schema(name = "TranscriptMessage", description = "One transcribed utterance")
    record Message(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"AGENT", "CUSTOMER"}) String participantId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String content,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long beginOffsetMillis,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Long endOffsetMillis,
            @Schema(description = "A provider label, translated by switchboard.voice.sentiment-mapping",
                    example = "NEGATIVE") String sentiment,
            @Schema(minimum = "-1.0", maximum = "1.0") @Nullable Double loudnessScore,
            @Nullable Boolean isInternalMessage,
            @Nullable Boolean isEvent,
            @Schema(description = "The provider's own id of the message", maxLength = 255) String id,
            @ArraySchema(schema = @Schema(description = "Any JSON object, kept as sent")) @Nullable List<Map<String, Object>> attributes) {
    }

    @Schema(name = "PostCallTranscript", description = "The body of POST …/transcript")
    record Transcript(
            @Schema(description = "A sys_id, or the interaction's clientSessionId; may be given in the path instead")
            String interactionId,
            @Schema(example = "Amazon Connect", maxLength = 255) String source,
            @Schema(description = "YYYY-MM-DD HH:MM:SS, read as UTC", example = "2021-08-06 15:07:51")
            String conversationStarted,
            @ArraySchema(minItems = 1, schema = @Schema(implementation = Message.class)) List<Message> transcript) {
    }

    @Schema(name = "StateChange", description = "The body of PATCH …/state")
    record StateChange(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "closed_complete") String state,
            @Schema(description = "An absolute http(s) URL of the call's recording") String recordingURL) {
    }
}
