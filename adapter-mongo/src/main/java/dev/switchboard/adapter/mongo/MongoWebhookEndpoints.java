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
import dev.switchboard.application.port.out.StoredEndpoint;
import dev.switchboard.application.port.out.WebhookEndpoints;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * {@link WebhookEndpoints} as documents of the {@code webhook_endpoints} collection, one per endpoint with its name as
 * {@code _id}. An endpoint is one document, so each call is atomic on its own: the unique {@code _id} refuses the
 * second of two racing adds, and an update replaces the document only if its version is still the one the copy was
 * read at.
 *
 * <p>As for {@link MongoBotSessions}, there is no transaction across ports on this store: these calls write at once,
 * also inside a {@link MongoUnitOfWork}. So a unit that fails after an endpoint call does not undo it, and a unit
 * that runs again (another instance changed its interaction first) makes its endpoint calls again, where an update
 * made from a copy read before the first run fails with {@code ConcurrentUpdateException}. No use case changes an
 * endpoint and an interaction in one unit. This store therefore runs {@code WebhookEndpointsContract} but not its
 * {@code Transactional} cases.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoWebhookEndpoints implements WebhookEndpoints {

    private final MongoCollection<Document> endpoints;

    MongoWebhookEndpoints(MongoStore store) {
        this.endpoints = store.webhookEndpoints();
    }

    @Override
    public void add(StoredEndpoint endpoint) {
        translated(() -> {
            try {
                return endpoints.insertOne(WebhookEndpointDocuments.toDocument(endpoint, 1));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    throw new DuplicateRecordException("webhook endpoint " + endpoint.name() + " is already stored", e);
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<StoredEndpoint> findByName(String name) {
        return Optional.ofNullable(translated(() -> endpoints.find(eq(WebhookEndpointDocuments.NAME, name)).first()))
                .map(WebhookEndpointDocuments::toStored);
    }

    @Override
    public List<StoredEndpoint> findAll() {
        List<Document> found = translated(() -> endpoints.find()
                .sort(ascending(WebhookEndpointDocuments.NAME))
                .into(new ArrayList<>()));
        return found.stream().map(WebhookEndpointDocuments::toStored).toList();
    }

    /** The compare-and-set: the filter names the version the copy was read at; no match, no write. */
    @Override
    public void update(StoredEndpoint endpoint) {
        long matched = translated(() -> endpoints.replaceOne(
                and(eq(WebhookEndpointDocuments.NAME, endpoint.name()),
                        eq(WebhookEndpointDocuments.VERSION, endpoint.version())),
                WebhookEndpointDocuments.toDocument(endpoint, endpoint.version() + 1)).getMatchedCount());
        if (matched == 0) {
            throw new ConcurrentUpdateException("webhook endpoint " + endpoint.name() + " is not stored at version "
                    + endpoint.version() + ": another update came first, or it was never stored");
        }
    }

    @Override
    public boolean delete(String name) {
        return translated(() -> endpoints.deleteOne(eq(WebhookEndpointDocuments.NAME, name)).getDeletedCount()) == 1;
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
