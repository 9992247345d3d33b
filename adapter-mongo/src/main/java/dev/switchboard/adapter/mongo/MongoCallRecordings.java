package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.recording.RecordingChunk;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * {@link CallRecordings} as documents of the {@code call_recording_chunks} collection, one per chunk: the
 * interaction's id, the chunk's number, the format and the bytes (BSON binary). The unique index on
 * (interactionId, chunk) refuses a number stored before and serves the read in order ({@link MongoStore}). Like
 * {@link MongoVoiceAssistants}, each call writes at once, outside any unit of work: audio is never stored together
 * with anything else, and a call that drops keeps what was appended.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoCallRecordings implements CallRecordings {

    static final String INTERACTION_ID = "interactionId";
    static final String CHUNK = "chunk";
    private static final String FORMAT = "format";
    private static final String AUDIO = "audio";

    private final MongoCollection<Document> chunks;

    MongoCallRecordings(MongoStore store) {
        this.chunks = store.recordingChunks();
    }

    @Override
    public void append(RecordingChunk chunk) {
        Document document = new Document(INTERACTION_ID, chunk.interactionId().value())
                .append(CHUNK, chunk.sequence())
                .append(FORMAT, chunk.format().wireName())
                .append(AUDIO, new Binary(chunk.audio()));
        translated(() -> {
            try {
                return chunks.insertOne(document);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    throw new DuplicateRecordException("chunk " + chunk.sequence() + " of the recording of "
                            + chunk.interactionId() + " is already stored", e);
                }
                throw e;
            }
        });
    }

    @Override
    public List<RecordingChunk> chunks(SysId interactionId) {
        List<Document> found = translated(() -> chunks.find(eq(INTERACTION_ID, interactionId.value()))
                .sort(ascending(CHUNK)).into(new ArrayList<>()));
        return found.stream().map(document -> new RecordingChunk(interactionId, document.getLong(CHUNK),
                AudioFormat.named(document.getString(FORMAT)).orElseThrow(() -> new IllegalStateException(
                        "a chunk of " + interactionId + " has an unknown format " + document.getString(FORMAT))),
                document.get(AUDIO, Binary.class).getData())).toList();
    }

    @Override
    public boolean delete(SysId interactionId) {
        return translated(() -> chunks.deleteMany(eq(INTERACTION_ID, interactionId.value())).getDeletedCount()) > 0;
    }

    /** Outside a unit of work nobody else translates the driver's failures, so every call does. */
    private static <T> T translated(Supplier<T> access) {
        try {
            return access.get();
        } catch (MongoException e) {
            throw UnavailableMongo.translate(e);
        }
    }
}
