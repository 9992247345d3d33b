package dev.switchboard.application.service;

import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.service.TranscriptAppender.Appended;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.InteractionReference;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
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
    private final WebhookEvents events;

    SaveVoiceConversationTranscriptService(Interactions interactions, TranscriptAppender appender, Clock clock,
                                           UnitOfWork unitOfWork, WebhookEvents events) {
        this.interactions = interactions;
        this.appender = appender;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
        this.events = events;
    }

    @Override
    public SysId saveTranscript(Command command) {
        SysId conversation = unitOfWork.run(() -> {
            Interaction interaction = lock(command.interaction())
                    .orElseThrow(() -> new InteractionNotFoundException(command.interaction().value()));
            interaction.saveTranscript(clock.now());
            TranscriptAppender.Appends appends = appender.begin(interaction.id(), command.transcript());
            Appended appended = appends.appendPostCall(interaction.id(), command.origin(), command.transcript());
            appends.store();
            appends.publishStored(EventType.TRANSCRIPT_SAVED, List.of(appended));
            interaction.reflectSentiment(appended.sentiment());
            interactions.update(interaction);
            return appended.conversationId();
        });
        events.committed();
        return conversation;
    }

    /** By sys_id first, then by the external system's id (e.g. an Amazon Connect contact id); locked either way. */
    private Optional<Interaction> lock(InteractionReference reference) {
        return reference.asSysId().flatMap(interactions::findByIdForUpdate)
                .or(() -> interactions.findIdByClientSessionId(reference.value()).flatMap(interactions::findByIdForUpdate));
    }
}
