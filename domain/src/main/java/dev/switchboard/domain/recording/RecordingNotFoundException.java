package dev.switchboard.domain.recording;

import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.SysId;

/** The interaction has no recording: no audio was streamed for it, or it does not exist. */
public final class RecordingNotFoundException extends DomainException {

    public RecordingNotFoundException(SysId interactionId) {
        super("No recording found for voice interaction \"" + interactionId.value() + "\"");
    }
}
