package dev.switchboard.application.port.out;

import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import java.util.Optional;

/** All interactions ever opened. */
public interface Interactions {

    /**
     * Adds an interaction.
     *
     * @throws DuplicateRecordException if one with the same id is stored
     */
    void add(Interaction interaction);

    Optional<Interaction> findById(SysId id);

    /**
     * Like {@link #findById}, and inside a {@link UnitOfWork} it also locks the interaction until the unit
     * ends, so that concurrent changes to one interaction (two batches, a batch and a close) run one after
     * the other.
     */
    Optional<Interaction> findByIdForUpdate(SysId id);

    /**
     * The most recently opened interaction with this external id, if any. Of several opened in the same
     * millisecond, the one with the greatest id (compared as text), so that every store gives the same answer.
     */
    Optional<SysId> findIdByClientSessionId(String clientSessionId);

    /** Stores the interaction's current state; it must have been added before. */
    void update(Interaction interaction);
}
