package dev.switchboard.application.port.out;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * One page of the interactions with this external id (a Twilio callSid, a Genesys conversationId …), newest
     * first in the order of {@link #findIdByClientSessionId}: opened later first, then the greater id.
     */
    List<Interaction> findByClientSessionId(String clientSessionId, PageRequest page);

    /** How many interactions have this external id. */
    long countByClientSessionId(String clientSessionId);

    /**
     * {@link #findByIdForUpdate} for several interactions: the ones found, by id. They are locked in ascending order
     * of their ids, so that two units locking overlapping sets cannot wait for each other in a circle. A store that
     * can do it in one statement overrides this.
     */
    default Map<SysId, Interaction> findAllByIdForUpdate(Collection<SysId> ids) {
        Map<SysId, Interaction> found = new LinkedHashMap<>();
        ids.stream().distinct().sorted(Comparator.comparing(SysId::value))
                .forEach(id -> findByIdForUpdate(id).ifPresent(interaction -> found.put(id, interaction)));
        return found;
    }

    /** Stores the interaction's current state; it must have been added before. */
    void update(Interaction interaction);

    /** {@link #update} for several interactions; a store that can batch the statements overrides this. */
    default void updateAll(Collection<Interaction> interactions) {
        interactions.forEach(this::update);
    }
}
