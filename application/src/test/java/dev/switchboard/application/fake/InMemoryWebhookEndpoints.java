package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.StoredEndpoint;
import dev.switchboard.application.port.out.WebhookEndpoints;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Webhook endpoints in the {@link InMemoryStore}: each call atomic under its lock, rolled back with a unit. */
public final class InMemoryWebhookEndpoints implements WebhookEndpoints {

    private final InMemoryStore store;

    public InMemoryWebhookEndpoints(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(StoredEndpoint endpoint) {
        synchronized (store) {
            if (store.endpoints.containsKey(endpoint.name())) {
                throw new DuplicateRecordException("webhook endpoint " + endpoint.name() + " is already stored");
            }
            store.endpoints.put(endpoint.name(), atVersion(endpoint, 1));
        }
    }

    @Override
    public Optional<StoredEndpoint> findByName(String name) {
        synchronized (store) {
            return Optional.ofNullable(store.endpoints.get(name));
        }
    }

    @Override
    public List<StoredEndpoint> findAll() {
        synchronized (store) {
            return store.endpoints.values().stream().sorted(Comparator.comparing(StoredEndpoint::name)).toList();
        }
    }

    @Override
    public void update(StoredEndpoint endpoint) {
        synchronized (store) {
            StoredEndpoint current = store.endpoints.get(endpoint.name());
            if (current == null || current.version() != endpoint.version()) {
                throw new ConcurrentUpdateException("webhook endpoint " + endpoint.name() + " is not stored at version "
                        + endpoint.version());
            }
            store.endpoints.put(endpoint.name(), atVersion(endpoint, endpoint.version() + 1));
        }
    }

    @Override
    public boolean delete(String name) {
        synchronized (store) {
            return store.endpoints.remove(name) != null;
        }
    }

    private static StoredEndpoint atVersion(StoredEndpoint e, long version) {
        return new StoredEndpoint(e.name(), e.url(), e.description(), e.eventTypes(), e.sealedKeys(), e.sealedAuth(),
                e.enabled(), e.disabledReason(), e.disabledAt(), e.failingSince(), e.source(), e.createdAt(),
                e.updatedAt(), version);
    }
}
