package dev.switchboard.application.service;

import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.Fields;
import java.util.List;

/** The {@code data} of the voice events, as docs/webhooks.md documents them. */
final class VoiceEventData {

    private VoiceEventData() {
    }

    static Fields opened(Interaction interaction) {
        CallerDetails caller = interaction.caller();
        return Fields.builder()
                .put("interactionId", interaction.id().value())
                .put("userId", caller.userId())
                .put("agentId", caller.agentId())
                .put("callerPhoneNumber", caller.callerPhoneNumber() == null ? null : caller.callerPhoneNumber().value())
                .put("clientSessionId", caller.clientSessionId())
                .put("inboundId", caller.inboundId())
                .put("openedAt", interaction.openedAt().toString())
                .build();
    }

    static Fields conversationCreated(Conversation conversation) {
        return Fields.builder()
                .put("interactionId", conversation.interactionId().value())
                .put("conversationId", conversation.id().value())
                .put("createdAt", conversation.createdAt().toString())
                .build();
    }

    /** The messages as stored: re-sent copies that were skipped are not in it. */
    static Fields messages(Conversation conversation, List<TranscriptMessage> stored) {
        return Fields.builder()
                .put("interactionId", conversation.interactionId().value())
                .put("conversationId", conversation.id().value())
                .put("messages", stored.stream().map(VoiceEventData::message).toList())
                .build();
    }

    static Fields closed(Interaction interaction) {
        return Fields.builder()
                .put("interactionId", interaction.id().value())
                .put("state", interaction.state().value())
                .put("recordingURL", interaction.recordingUrl().map(url -> url.value()).orElse(null))
                .put("sentiment", interaction.sentiment().map(sentiment -> sentiment.value()).orElse(null))
                .put("closedAt", interaction.closedAt().map(Object::toString).orElse(null))
                .build();
    }

    private static Fields message(TranscriptMessage message) {
        Utterance utterance = message.utterance();
        return Fields.builder()
                .put("id", message.id().value())
                .put("sequence", message.sequence())
                .put("participantId", utterance.participant().name())
                .put("content", utterance.content())
                .put("beginOffsetMillis", utterance.offsets().beginMillis())
                .put("endOffsetMillis", utterance.offsets().endMillis())
                .put("sentiment", utterance.sentiment() == null ? null : utterance.sentiment().value())
                .put("loudnessScore", utterance.loudness() == null ? null : utterance.loudness().value())
                .put("isInternalMessage", utterance.internal())
                .put("isEvent", utterance.event())
                .put("sourceMessageId", utterance.sourceMessageId())
                .build();
    }
}
