package dev.switchboard.application.service;

import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.service.TranscriptAppender.Appended;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;

public final class AddVoiceInteractionMessagesService implements AddVoiceInteractionMessagesUseCase {

    private final Interactions interactions;
    private final TranscriptAppender appender;
    private final UnitOfWork unitOfWork;

    AddVoiceInteractionMessagesService(Interactions interactions, TranscriptAppender appender, UnitOfWork unitOfWork) {
        this.interactions = interactions;
        this.appender = appender;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SysId addMessages(Command command) {
        return unitOfWork.run(() -> {
            Interaction interaction = interactions.findByIdForUpdate(command.interactionId())
                    .orElseThrow(() -> new InteractionNotFoundException(command.interactionId()));
            interaction.receiveLiveMessages();
            Conversation conversation = appender.conversationOf(interaction.id());
            Appended appended = appender.append(conversation, command.messages());
            interaction.reflectSentiment(appended.sentiment());
            interactions.update(interaction);
            return conversation.id();
        });
    }
}
