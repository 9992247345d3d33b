package dev.switchboard.adapter.jdbc.recording;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.adapter.jdbc.JdbcUnitOfWork;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.recording.RecordingChunk;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@link CallRecordings} in the {@code call_recording_chunk} table. Each call is a unit of its own in the
 * {@link JdbcUnitOfWork} (an append commits at once, so the audio of a call that drops is kept up to its last
 * second), which also reports an outage as {@code StorageUnavailableException}. The primary key refuses a chunk
 * number stored before.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcCallRecordings implements CallRecordings {

    private final ChunkRowRepository rows;
    private final JdbcUnitOfWork unitOfWork;

    JdbcCallRecordings(ChunkRowRepository rows, JdbcUnitOfWork unitOfWork) {
        this.rows = rows;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(RecordingChunk chunk) {
        ChunkRow row = new ChunkRow(new ChunkRow.Key(chunk.interactionId().value(), chunk.sequence()),
                chunk.format().wireName(), chunk.audio());
        unitOfWork.run(() -> {
            DuplicateKeys.insert(() -> rows.save(row), "chunk " + chunk.sequence() + " of the recording of "
                    + chunk.interactionId() + " is already stored");
            return null;
        });
    }

    @Override
    public List<RecordingChunk> chunks(SysId interactionId) {
        return unitOfWork.run(() -> rows.findByInteraction(interactionId.value())).stream()
                .map(row -> new RecordingChunk(interactionId, row.key().chunkNumber(), format(row), row.audio()))
                .toList();
    }

    @Override
    public boolean delete(SysId interactionId) {
        return unitOfWork.run(() -> rows.deleteByInteraction(interactionId.value())) > 0;
    }

    private static AudioFormat format(ChunkRow row) {
        return AudioFormat.named(row.audioFormat()).orElseThrow(() -> new IllegalStateException(
                "chunk " + row.key().chunkNumber() + " of " + row.key().interactionId() + " has an unknown format "
                        + row.audioFormat()));
    }
}
