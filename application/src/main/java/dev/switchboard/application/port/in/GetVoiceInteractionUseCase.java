package dev.switchboard.application.port.in;

import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;
import java.util.Optional;

/** Reads one interaction with the id of its conversation. A Switchboard extension, not a vendor operation. */
public interface GetVoiceInteractionUseCase {

    /** @throws InteractionNotFoundException no interaction has this id */
    InteractionSummary getVoiceInteraction(SysId interactionId);

    /** @param conversationId empty until the interaction has a conversation */
    record InteractionSummary(Interaction interaction, Optional<SysId> conversationId) {
    }
}
