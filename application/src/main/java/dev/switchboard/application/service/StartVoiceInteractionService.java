package dev.switchboard.application.service;

import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;

public final class StartVoiceInteractionService implements StartVoiceInteractionUseCase {

    private final Interactions interactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    StartVoiceInteractionService(Interactions interactions, IdGenerator ids, Clock clock, UnitOfWork unitOfWork) {
        this.interactions = interactions;
        this.ids = ids;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SysId startVoiceInteraction(Command command) {
        Interaction interaction = Interaction.open(ids.next(), command.caller(), clock.now());
        return unitOfWork.run(() -> {
            interactions.add(interaction);
            return interaction.id();
        });
    }
}
