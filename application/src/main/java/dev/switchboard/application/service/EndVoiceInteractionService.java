package dev.switchboard.application.service;

import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.interaction.CloseOutcome;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionNotFoundException;

public final class EndVoiceInteractionService implements EndVoiceInteractionUseCase {

    private final Interactions interactions;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final WebhookEvents events;

    EndVoiceInteractionService(Interactions interactions, Clock clock, UnitOfWork unitOfWork, WebhookEvents events) {
        this.interactions = interactions;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
        this.events = events;
    }

    @Override
    public void endVoiceInteraction(Command command) {
        unitOfWork.run(() -> {
            Interaction interaction = interactions.findByIdForUpdate(command.interactionId())
                    .orElseThrow(() -> new InteractionNotFoundException(command.interactionId()));
            if (interaction.close(command.recordingUrl(), clock.now()) == CloseOutcome.CLOSED) {
                interactions.update(interaction);
                events.publish(EventType.INTERACTION_CLOSED, interaction.id().value(),
                        () -> VoiceEventData.closed(interaction));
            }
            return null;
        });
        events.committed();
    }
}
