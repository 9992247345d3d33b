package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.domain.recording.RecordingChunk;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recordings in memory, by interaction and then sequence. Not in the {@link InMemoryStore}: an append is durable on
 * its own and never rolled back with a unit of work, as the port says.
 */
public final class InMemoryCallRecordings implements CallRecordings {

    private final Map<SysId, NavigableMap<Long, RecordingChunk>> chunks = new ConcurrentHashMap<>();

    @Override
    public void append(RecordingChunk chunk) {
        NavigableMap<Long, RecordingChunk> of = chunks.computeIfAbsent(chunk.interactionId(), id -> new TreeMap<>());
        synchronized (of) {
            if (of.putIfAbsent(chunk.sequence(), chunk) != null) {
                throw new DuplicateRecordException("chunk " + chunk.sequence() + " of the recording of "
                        + chunk.interactionId() + " is already stored");
            }
        }
    }

    @Override
    public List<RecordingChunk> chunks(SysId interactionId) {
        NavigableMap<Long, RecordingChunk> of = chunks.get(interactionId);
        if (of == null) {
            return List.of();
        }
        synchronized (of) {
            return List.copyOf(of.values());
        }
    }

    @Override
    public boolean delete(SysId interactionId) {
        NavigableMap<Long, RecordingChunk> removed = chunks.remove(interactionId);
        return removed != null && !removed.isEmpty();
    }
}
