package dev.switchboard.application.port.in;

import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.shared.SysId;
import java.util.Objects;

/** {@code POST /cs/voice-interactions}: opens an interaction for a call. */
public interface StartVoiceInteractionUseCase {

    /** @return the new interaction's id */
    SysId startVoiceInteraction(Command command);

    record Command(CallerDetails caller) {
        public Command {
            Objects.requireNonNull(caller, "caller");
        }
    }
}
