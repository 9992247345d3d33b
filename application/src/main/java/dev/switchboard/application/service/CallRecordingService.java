package dev.switchboard.application.service;

import dev.switchboard.application.port.in.GetCallRecordingUseCase;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.domain.recording.Recording;
import dev.switchboard.domain.recording.RecordingChunk;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Optional;

/** Reads a recording back from its chunks. */
public final class CallRecordingService implements GetCallRecordingUseCase {

    private final CallRecordings recordings;

    public CallRecordingService(CallRecordings recordings) {
        this.recordings = recordings;
    }

    @Override
    public Optional<Recording> recording(SysId interactionId) {
        List<RecordingChunk> chunks = recordings.chunks(interactionId);
        return chunks.isEmpty() ? Optional.empty() : Optional.of(Recording.of(chunks));
    }
}
