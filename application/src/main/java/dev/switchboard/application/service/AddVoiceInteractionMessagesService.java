package dev.switchboard.application.service;

import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;

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
        SysId id = InteractionIds.parse(command.interactionId());
        List<Utterance> utterances = appender.validate(command.messages(), "messages");
        return unitOfWork.run(() -> {
            Interaction interaction = interactions.findByIdForUpdate(id)
                    .orElseThrow(() -> new InteractionNotFoundException(command.interactionId()));
            interaction.ensureAcceptsMessages();
            Conversation conversation = appender.conversationOf(interaction);
            appender.append(interaction, conversation, utterances);
            interactions.update(interaction);
            return conversation.id();
        });
    }
}
