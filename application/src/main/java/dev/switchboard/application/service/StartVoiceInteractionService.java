package dev.switchboard.application.service;

import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;

public final class StartVoiceInteractionService implements StartVoiceInteractionUseCase {

    private final Interactions interactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final WebhookEvents events;

    StartVoiceInteractionService(Interactions interactions, IdGenerator ids, Clock clock, UnitOfWork unitOfWork,
                                 WebhookEvents events) {
        this.interactions = interactions;
        this.ids = ids;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
        this.events = events;
    }

    @Override
    public SysId startVoiceInteraction(Command command) {
        Interaction interaction = Interaction.open(ids.next(), command.caller(), clock.now());
        unitOfWork.run(() -> {
            interactions.add(interaction);
            events.publish(EventType.INTERACTION_OPENED, interaction.id().value(),
                    () -> VoiceEventData.opened(interaction));
            return null;
        });
        events.committed();
        return interaction.id();
    }
}
