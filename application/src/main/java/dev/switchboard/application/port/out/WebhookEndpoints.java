package dev.switchboard.application.port.out;

import java.util.List;
import java.util.Optional;

/**
 * The webhook endpoints (subscriptions), by name. Like {@link BotSessions}, {@link #update} refuses a copy that another
 * update overtook, so two instances changing one endpoint cannot both win; inside a {@link UnitOfWork} the calls join
 * its transaction where the store has one.
 */
public interface WebhookEndpoints {

    /**
     * Adds a new endpoint (version 0); stored, it has version 1.
     *
     * @throws DuplicateRecordException if an endpoint with this name is stored
     */
    void add(StoredEndpoint endpoint);

    Optional<StoredEndpoint> findByName(String name);

    /** Every endpoint, by name. */
    List<StoredEndpoint> findAll();

    /**
     * Stores the endpoint if the stored copy still has the version this one was read at, and advances the stored
     * version by one.
     *
     * @throws ConcurrentUpdateException if the stored version differs or the endpoint is not stored
     */
    void update(StoredEndpoint endpoint);

    /** @return false when there was no such endpoint */
    boolean delete(String name);
}
