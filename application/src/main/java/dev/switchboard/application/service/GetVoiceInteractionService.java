package dev.switchboard.application.service;

import dev.switchboard.application.port.in.GetVoiceInteractionUseCase;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;

public final class GetVoiceInteractionService implements GetVoiceInteractionUseCase {

    private final Interactions interactions;
    private final Conversations conversations;

    GetVoiceInteractionService(Interactions interactions, Conversations conversations) {
        this.interactions = interactions;
        this.conversations = conversations;
    }

    @Override
    public InteractionSummary getVoiceInteraction(SysId interactionId) {
        Interaction interaction = interactions.findById(interactionId)
                .orElseThrow(() -> new InteractionNotFoundException(interactionId));
        return new InteractionSummary(interaction, conversations.findByInteraction(interactionId).map(Conversation::id));
    }
}
