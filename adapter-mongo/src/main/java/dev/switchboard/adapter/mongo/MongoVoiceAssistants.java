package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.StoredAssistant;
import dev.switchboard.application.port.out.VoiceAssistants;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * {@link VoiceAssistants} as documents of the {@code voice_assistants} collection, one per assistant with its id as
 * {@code _id}. An assistant is one document, so each call is atomic on its own: the unique {@code _id} refuses a second
 * add of one id, and an update replaces the document only if its version is still the one the copy was read at.
 *
 * <p>As for {@link MongoWebhookEndpoints}, these calls write at once, also inside a {@link MongoUnitOfWork}: no use
 * case changes an assistant and an interaction in one unit. This store therefore runs {@code VoiceAssistantsContract}
 * but not its {@code Transactional} cases.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoVoiceAssistants implements VoiceAssistants {

    private final MongoCollection<Document> assistants;

    MongoVoiceAssistants(MongoStore store) {
        this.assistants = store.voiceAssistants();
    }

    @Override
    public void add(StoredAssistant assistant) {
        translated(() -> {
            try {
                return assistants.insertOne(VoiceAssistantDocuments.toDocument(assistant, 1));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    throw new DuplicateRecordException("voice assistant " + assistant.id() + " is already stored", e);
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<StoredAssistant> findById(String id) {
        return Optional.ofNullable(translated(() -> assistants.find(eq(VoiceAssistantDocuments.ID, id)).first()))
                .map(VoiceAssistantDocuments::toStored);
    }

    @Override
    public List<StoredAssistant> findAll() {
        List<Document> found = translated(() -> assistants.find()
                .sort(ascending(VoiceAssistantDocuments.NAME, VoiceAssistantDocuments.ID))
                .into(new ArrayList<>()));
        return found.stream().map(VoiceAssistantDocuments::toStored).toList();
    }

    /** The compare-and-set: the filter names the version the copy was read at; no match, no write. */
    @Override
    public void update(StoredAssistant assistant) {
        long matched = translated(() -> assistants.replaceOne(
                and(eq(VoiceAssistantDocuments.ID, assistant.id()),
                        eq(VoiceAssistantDocuments.VERSION, assistant.version())),
                VoiceAssistantDocuments.toDocument(assistant, assistant.version() + 1)).getMatchedCount());
        if (matched == 0) {
            throw new ConcurrentUpdateException("voice assistant " + assistant.id() + " is not stored at version "
                    + assistant.version() + ": another update came first, or it was never stored");
        }
    }

    @Override
    public boolean delete(String id) {
        return translated(() -> assistants.deleteOne(eq(VoiceAssistantDocuments.ID, id)).getDeletedCount()) == 1;
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
