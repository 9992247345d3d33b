package dev.switchboard.application.service;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.ListVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;

public final class ListVoiceInteractionMessagesService implements ListVoiceInteractionMessagesUseCase {

    private final Interactions interactions;
    private final Conversations conversations;
    private final TranscriptMessages messages;
    private final UnitOfWork unitOfWork;

    ListVoiceInteractionMessagesService(Interactions interactions, Conversations conversations,
                                        TranscriptMessages messages, UnitOfWork unitOfWork) {
        this.interactions = interactions;
        this.conversations = conversations;
        this.messages = messages;
        this.unitOfWork = unitOfWork;
    }

    /** A unit for a read too: the total and the page come from one moment, and a store that is down reports it here. */
    @Override
    public MessagePage listMessages(SysId interactionId, PageRequest page) {
        return unitOfWork.run(() -> {
            if (interactions.findById(interactionId).isEmpty()) {
                throw new InteractionNotFoundException(interactionId);
            }
            return conversations.findByInteraction(interactionId)
                    .map(conversation -> new MessagePage(messages.findPage(conversation.id(), page),
                            conversation.messageCount(), page))
                    .orElseGet(() -> new MessagePage(List.of(), 0, page));
        });
    }
}
