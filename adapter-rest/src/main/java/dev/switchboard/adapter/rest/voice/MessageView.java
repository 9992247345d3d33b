package dev.switchboard.adapter.rest.voice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One stored message as the read extension shows it. Field names follow the vendor's request fields, so what a
 * client sent can be compared with what it reads; {@code id} is the provider's message id as sent, {@code sys_id}
 * ours. {@code attributes} is the array that was sent (JSON), or {@code <attributes><attribute>…} in XML.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"sys_id", "participantId", "content", "beginOffsetMillis", "endOffsetMillis", "sentiment",
        "loudnessScore", "isInternalMessage", "isEvent", "id", "attributes", "sequence", "receivedAt"})
@Schema(name = "VoiceMessage")
public record MessageView(
        @JsonProperty("sys_id") String sysId,
        @Schema(allowableValues = {"AGENT", "CUSTOMER"}) String participantId,
        String content,
        long beginOffsetMillis,
        long endOffsetMillis,
        @Schema(nullable = true, description = "The provider's sentiment as translated and stored",
                allowableValues = {"positive", "neutral", "negative"}) String sentiment,
        @Schema(nullable = true) Double loudnessScore,
        @JsonProperty("isInternalMessage") boolean isInternalMessage,
        @JsonProperty("isEvent") boolean isEvent,
        @Schema(nullable = true, description = "The provider's id of the message") String id,
        @JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute")
        @ArraySchema(schema = @Schema(implementation = Object.class, description = "A provider key/value object, as sent"))
        List<JsonNode> attributes,
        @Schema(description = "Arrival order within the conversation, from 1") long sequence,
        @Schema(example = "2026-03-01T10:15:30Z") String receivedAt) {
}
