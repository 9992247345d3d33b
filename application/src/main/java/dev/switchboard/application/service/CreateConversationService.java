package dev.switchboard.application.service;

import dev.switchboard.application.port.in.CreateConversationUseCase;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;

public final class CreateConversationService implements CreateConversationUseCase {

    private final Interactions interactions;
    private final TranscriptAppender appender;
    private final UnitOfWork unitOfWork;
    private final WebhookEvents events;

    CreateConversationService(Interactions interactions, TranscriptAppender appender, UnitOfWork unitOfWork,
                              WebhookEvents events) {
        this.interactions = interactions;
        this.appender = appender;
        this.unitOfWork = unitOfWork;
        this.events = events;
    }

    @Override
    public SysId createConversation(Command command) {
        SysId created = unitOfWork.run(() -> {
            Interaction interaction = interactions.findByIdForUpdate(command.interactionId())
                    .orElseThrow(() -> new InteractionNotFoundException(command.interactionId()));
            interaction.openConversation(command.caller());
            TranscriptAppender.Appends appends = appender.begin(interaction.id(), List.of());
            Conversation conversation = appends.conversationOf(interaction.id());
            appends.store();
            interactions.update(interaction);
            return conversation.id();
        });
        events.committed();
        return created;
    }
}
