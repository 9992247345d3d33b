package dev.switchboard.application.port.out;

import dev.switchboard.domain.recording.RecordingChunk;
import dev.switchboard.domain.shared.SysId;
import java.util.List;

/**
 * The audio of calls, kept as the call goes: a driving adapter appends a chunk of about a second at a time, so a call
 * that ends abruptly (a dropped connection, a crash) keeps what was said until then. Each append is durable on its
 * own; it does not join a {@link UnitOfWork}, because audio is never stored together with anything else.
 */
public interface CallRecordings {

    /**
     * Stores one chunk.
     *
     * @throws DuplicateRecordException if the interaction already has a chunk with this sequence; nothing changes
     */
    void append(RecordingChunk chunk);

    /** The interaction's chunks in sequence order; none when it has no recording. */
    List<RecordingChunk> chunks(SysId interactionId);

    /** Removes the interaction's recording. @return false when it had none */
    boolean delete(SysId interactionId);
}
