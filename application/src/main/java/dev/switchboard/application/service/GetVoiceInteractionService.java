package dev.switchboard.application.service;

import dev.switchboard.application.port.in.GetVoiceInteractionUseCase;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;

public final class GetVoiceInteractionService implements GetVoiceInteractionUseCase {

    private final Interactions interactions;
    private final Conversations conversations;
    private final UnitOfWork unitOfWork;

    GetVoiceInteractionService(Interactions interactions, Conversations conversations, UnitOfWork unitOfWork) {
        this.interactions = interactions;
        this.conversations = conversations;
        this.unitOfWork = unitOfWork;
    }

    /** A unit for a read too: both records come from one moment, and a store that is down reports it here. */
    @Override
    public InteractionSummary getVoiceInteraction(SysId interactionId) {
        return unitOfWork.run(() -> {
            Interaction interaction = interactions.findById(interactionId)
                    .orElseThrow(() -> new InteractionNotFoundException(interactionId));
            return new InteractionSummary(interaction,
                    conversations.findByInteraction(interactionId).map(Conversation::id));
        });
    }
}
