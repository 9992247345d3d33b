package dev.switchboard.application.service;

import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.service.TranscriptAppender.Appended;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;
import java.util.Optional;

/**
 * Saves a post-call transcript. Unlike live messages it is accepted after the interaction closed (that is
 * when recordings are transcribed), but only once per interaction.
 */
public final class SaveVoiceConversationTranscriptService implements SaveVoiceConversationTranscriptUseCase {

    private final Interactions interactions;
    private final TranscriptAppender appender;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    SaveVoiceConversationTranscriptService(Interactions interactions, TranscriptAppender appender, Clock clock,
                                           UnitOfWork unitOfWork) {
        this.interactions = interactions;
        this.appender = appender;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SysId saveTranscript(Command command) {
        return unitOfWork.run(() -> {
            Interaction interaction = resolve(command.interactionReference())
                    .flatMap(interactions::findByIdForUpdate)
                    .orElseThrow(() -> new InteractionNotFoundException(command.interactionReference()));
            interaction.saveTranscript(clock.now());
            Conversation conversation = appender.conversationOf(interaction.id());
            conversation.describeOrigin(command.origin()); // stored by the append below
            Appended appended = appender.append(conversation, command.transcript());
            interaction.reflectSentiment(appended.sentiment());
            interactions.update(interaction);
            return conversation.id();
        });
    }

    /** By sys_id first, then by the external system's id (e.g. an Amazon Connect contact id). */
    private Optional<SysId> resolve(String reference) {
        if (SysId.isWellFormed(reference)) {
            SysId id = SysId.of(reference);
            if (interactions.findById(id).isPresent()) {
                return Optional.of(id);
            }
        }
        return interactions.findIdByClientSessionId(reference);
    }
}
