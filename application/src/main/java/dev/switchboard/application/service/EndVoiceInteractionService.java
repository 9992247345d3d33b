package dev.switchboard.application.service;

import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.shared.Leniency;
import dev.switchboard.domain.shared.SysId;

public final class EndVoiceInteractionService implements EndVoiceInteractionUseCase {

    private final Interactions interactions;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final Leniency leniency;

    EndVoiceInteractionService(Interactions interactions, Clock clock, UnitOfWork unitOfWork, Leniency leniency) {
        this.interactions = interactions;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
        this.leniency = leniency;
    }

    @Override
    public void endVoiceInteraction(Command command) {
        SysId id = InteractionIds.parse(command.interactionId());
        RecordingUrl url = command.recordingUrl() == null ? null : RecordingUrl.parse(command.recordingUrl(), leniency);
        unitOfWork.run(() -> {
            Interaction interaction = interactions.findByIdForUpdate(id)
                    .orElseThrow(() -> new InteractionNotFoundException(command.interactionId()));
            if (interaction.close(url, clock.now())) {
                interactions.update(interaction);
            }
            return null;
        });
    }
}
