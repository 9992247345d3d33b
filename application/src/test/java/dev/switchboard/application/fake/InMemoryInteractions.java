package dev.switchboard.application.fake;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryInteractions implements Interactions {

    private final InMemoryStore store;

    public InMemoryInteractions(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(Interaction interaction) {
        synchronized (store) {
            if (store.interactions.containsKey(interaction.id())) {
                throw new DuplicateRecordException("interaction " + interaction.id() + " is already stored");
            }
            store.interactions.put(interaction.id(), InMemoryStore.copy(interaction));
        }
    }

    @Override
    public Optional<Interaction> findById(SysId id) {
        synchronized (store) {
            return Optional.ofNullable(store.interactions.get(id)).map(InMemoryStore::copy);
        }
    }

    /** The in-memory unit of work runs one unit at a time, which is a lock on every interaction. */
    @Override
    public Optional<Interaction> findByIdForUpdate(SysId id) {
        return findById(id);
    }

    @Override
    public Optional<SysId> findIdByClientSessionId(String clientSessionId) {
        synchronized (store) {
            return store.interactions.values().stream()
                    .filter(interaction -> clientSessionId.equals(interaction.caller().clientSessionId()))
                    .max(Comparator.comparing(Interaction::openedAt)
                            .thenComparing(interaction -> interaction.id().value()))
                    .map(Interaction::id);
        }
    }

    @Override
    public List<Interaction> findByClientSessionId(String clientSessionId, PageRequest page) {
        synchronized (store) {
            return store.interactions.values().stream()
                    .filter(interaction -> clientSessionId.equals(interaction.caller().clientSessionId()))
                    .sorted(Comparator.comparing(Interaction::openedAt)
                            .thenComparing(interaction -> interaction.id().value()).reversed())
                    .skip(page.offset()).limit(page.limit()).map(InMemoryStore::copy).toList();
        }
    }

    @Override
    public long countByClientSessionId(String clientSessionId) {
        synchronized (store) {
            return store.interactions.values().stream()
                    .filter(interaction -> clientSessionId.equals(interaction.caller().clientSessionId())).count();
        }
    }

    @Override
    public void update(Interaction interaction) {
        synchronized (store) {
            if (!store.interactions.containsKey(interaction.id())) {
                throw new IllegalStateException("unknown interaction " + interaction.id());
            }
            store.interactions.put(interaction.id(), InMemoryStore.copy(interaction));
        }
    }
}
