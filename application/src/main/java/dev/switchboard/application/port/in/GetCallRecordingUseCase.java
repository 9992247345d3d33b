package dev.switchboard.application.port.in;

import dev.switchboard.domain.recording.Recording;
import dev.switchboard.domain.shared.SysId;
import java.util.Optional;

/** {@code GET /cs/voice-interactions/{id}/recording}: a call's recording, as far as it was received. */
public interface GetCallRecordingUseCase {

    /** @return empty when the interaction has no recording, or does not exist */
    Optional<Recording> recording(SysId interactionId);
}
