package dev.switchboard.adapter.mongo;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** {@link Interactions} as documents of the {@code interactions} collection. */
@Singleton
@Requires(property = "switchboard.storage", value = "mongo")
public class MongoInteractions implements Interactions {

    private final MongoStore store;
    private final MongoUnitOfWork unitOfWork;

    MongoInteractions(MongoStore store, MongoUnitOfWork unitOfWork) {
        this.store = store;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Interaction interaction) {
        unitOfWork.write(unit -> unit.addInteraction(interaction.id(),
                InteractionDocuments.toDocument(interaction)));
    }

    @Override
    public Optional<Interaction> findById(SysId id) {
        return unitOfWork.read(unit -> unit.interaction(id)).map(InteractionDocuments::toInteraction);
    }

    /**
     * Locks the interaction in this instance until the unit ends; if another instance changes it meanwhile, the
     * unit's commit fails and the unit runs again.
     */
    @Override
    public Optional<Interaction> findByIdForUpdate(SysId id) {
        unitOfWork.lock(id);
        return findById(id);
    }

    @Override
    public Optional<SysId> findIdByClientSessionId(String clientSessionId) {
        return store.findLatestIdByClientSessionId(clientSessionId);
    }

    /** Committed interactions only, like {@link #findIdByClientSessionId}. */
    @Override
    public List<Interaction> findByClientSessionId(String clientSessionId, PageRequest page) {
        return store.findInteractionsByClientSessionId(clientSessionId, page.offset(), page.limit()).stream().map(InteractionDocuments::toInteraction).toList();
    }

    @Override
    public long countByClientSessionId(String clientSessionId) {
        return store.countInteractionsByClientSessionId(clientSessionId);
    }

    @Override
    public void update(Interaction interaction) {
        unitOfWork.write(unit -> unit.updateInteraction(interaction.id(),
                InteractionDocuments.toDocument(interaction)));
    }
}
