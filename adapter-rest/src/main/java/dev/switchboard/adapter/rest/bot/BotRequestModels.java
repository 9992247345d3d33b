package dev.switchboard.adapter.rest.bot;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The bot endpoint's request and the live agent's message as OpenAPI schemas, so that generated clients get real
 * types. Documentation only: bodies are read by {@link BotRequestReader} (the seed's examples must be accepted as
 * printed), never bound to these.
 */
final class BotRequestModels {

    private BotRequestModels() {
    }

    @Schema(name = "BotIntegrationRequest", description = "A primary bot's request to the virtual agent")
    record Request(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 255) String requestId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 255) String userId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Message message,
            @Schema(description = "Absent: a message for the virtual agent", allowableValues = {"START_CONVERSATION",
                    "END_CONVERSATION", "AGENT", "SWITCH", "CREATE_CONVERSATION", "START_CREATED_CONVERSATION",
                    "FAULT_CONVERSATION", "SEND_HISTORY", "SET_USER_TIMEZONE", "TYPING", "VIEWING"}) String action,
            @Schema(description = "The session key; empty or absent: the user's session on this channel",
                    maxLength = 255) String clientSessionId,
            @Schema(description = "Sticky until sent false") Boolean silentMessage,
            @Schema(description = "Remembered by the session; they choose the live-agent queue")
            Map<String, String> contextVariables,
            @Schema(description = "Echoed back untouched in every reply") Map<String, Object> clientVariables,
            @Schema(description = "SWITCH: the topic, by id or name") Intent intent,
            @Schema(description = "SWITCH: the topic, by name") Topic topic,
            @Schema(description = "FAULT_CONVERSATION: why") String cause,
            @Schema(description = "Milliseconds since 1970") Long timestamp,
            String timezone, String emailId, Boolean botToBot, String enterpriseId, String nowBotId,
            String nowSessionId) {
    }

    @Schema(name = "BotMessage")
    record Message(
            @Schema(description = "Optional (SWITCH sends none)") String text,
            @Schema(description = "true: typed; false: an option chosen. Required unless there is an attachment")
            Boolean typed,
            String clientMessageId,
            @Schema(description = "One attachment (compatibility mode also takes a list)") Attachment attachment) {
    }

    @Schema(name = "BotAttachment")
    record Attachment(String clientAttachmentId,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"application/msword",
                              "application/pdf", "image/jpeg", "image/png", "text/plain", "video/mpeg"})
                      String contentType,
                      String fileName,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "http or https") String url) {
    }

    record Intent(String id) {
    }

    record Topic(String name) {
    }

    @Schema(name = "LiveAgentMessage")
    record AgentMessage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = LiveAgentController.MAX_TEXT)
                        String text) {
    }
}
