package dev.switchboard.adapter.rest.voice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.port.in.GetVoiceInteractionUseCase.InteractionSummary;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Maps domain objects to the read extension's wire records. */
final class Views {

    /** Only parses the stored attributes array; output is written by Micronaut's own mappers. */
    private static final ObjectMapper ATTRIBUTES = new ObjectMapper();

    private Views() {
    }

    static InteractionView interaction(InteractionSummary summary) {
        Interaction interaction = summary.interaction();
        CallerDetails caller = interaction.caller();
        return new InteractionView(
                interaction.id().value(),
                interaction.state().value(),
                caller.userId(),
                caller.agentId(),
                caller.callerPhoneNumber() == null ? null : caller.callerPhoneNumber().value(),
                caller.clientSessionId(),
                caller.inboundId(),
                interaction.recordingUrl().map(Object::toString).orElse(null),
                interaction.sentiment().map(Sentiment::value).orElse(null),
                summary.conversationId().map(SysId::value).orElse(null),
                interaction.openedAt().toString(),
                interaction.closedAt().map(Instant::toString).orElse(null));
    }

    static MessageView message(TranscriptMessage message) {
        Utterance utterance = message.utterance();
        return new MessageView(
                message.id().value(),
                utterance.participant().name(),
                utterance.content(),
                utterance.offsets().beginMillis(),
                utterance.offsets().endMillis(),
                utterance.sentiment() == null ? null : utterance.sentiment().value(),
                utterance.loudness() == null ? null : utterance.loudness().value(),
                utterance.internal(),
                utterance.event(),
                utterance.sourceMessageId(),
                attributes(utterance.attributesJson()),
                message.sequence(),
                message.receivedAt().toString());
    }

    /** The stored attributes, kept as the JSON array text the client sent, as a list of JSON values. */
    private static List<JsonNode> attributes(String json) {
        try {
            JsonNode array = ATTRIBUTES.readTree(Objects.requireNonNullElse(json, "[]"));
            List<JsonNode> values = new ArrayList<>(array.size());
            array.forEach(values::add);
            return values;
        } catch (JsonProcessingException e) {
            // The request reader only ever stores arrays it parsed itself; anything else is corrupt storage.
            throw new IllegalStateException("stored attributes are not a JSON array", e);
        }
    }
}
