package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.StoredAssistant;
import dev.switchboard.application.port.out.VoiceAssistants;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Voice assistants in the {@link InMemoryStore}: each call atomic under its lock, rolled back with a unit. */
public final class InMemoryVoiceAssistants implements VoiceAssistants {

    private final InMemoryStore store;

    public InMemoryVoiceAssistants(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(StoredAssistant assistant) {
        synchronized (store) {
            if (store.assistants.containsKey(assistant.id())) {
                throw new DuplicateRecordException("voice assistant " + assistant.id() + " is already stored");
            }
            store.assistants.put(assistant.id(), atVersion(assistant, 1));
        }
    }

    @Override
    public Optional<StoredAssistant> findById(String id) {
        synchronized (store) {
            return Optional.ofNullable(store.assistants.get(id));
        }
    }

    @Override
    public List<StoredAssistant> findAll() {
        synchronized (store) {
            return store.assistants.values().stream()
                    .sorted(Comparator.comparing(StoredAssistant::name).thenComparing(StoredAssistant::id)).toList();
        }
    }

    @Override
    public void update(StoredAssistant assistant) {
        synchronized (store) {
            StoredAssistant current = store.assistants.get(assistant.id());
            if (current == null || current.version() != assistant.version()) {
                throw new ConcurrentUpdateException("voice assistant " + assistant.id() + " is not stored at version "
                        + assistant.version());
            }
            store.assistants.put(assistant.id(), atVersion(assistant, assistant.version() + 1));
        }
    }

    @Override
    public boolean delete(String id) {
        synchronized (store) {
            return store.assistants.remove(id) != null;
        }
    }

    private static StoredAssistant atVersion(StoredAssistant a, long version) {
        return new StoredAssistant(a.id(), a.name(), a.description(), a.providerApplication(), a.channels(),
                a.sealedSecrets(), a.createdAt(), a.updatedAt(), version);
    }
}
