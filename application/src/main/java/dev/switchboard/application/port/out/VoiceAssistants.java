package dev.switchboard.application.port.out;

import java.util.List;
import java.util.Optional;

/**
 * The voice assistants, by id. Like {@link WebhookEndpoints}, {@link #update} refuses a copy that another update
 * overtook, so two administrators (or instances) changing one assistant cannot both win; inside a {@link UnitOfWork}
 * the calls join its transaction where the store has one.
 */
public interface VoiceAssistants {

    /**
     * Adds a new assistant (version 0); stored, it has version 1.
     *
     * @throws DuplicateRecordException if an assistant with this id is stored
     */
    void add(StoredAssistant assistant);

    Optional<StoredAssistant> findById(String id);

    /** Every assistant, by name, then by id for equal names (names compared by code point). */
    List<StoredAssistant> findAll();

    /**
     * Stores the assistant if the stored copy still has the version this one was read at, and advances the stored
     * version by one.
     *
     * @throws ConcurrentUpdateException if the stored version differs or the assistant is not stored
     */
    void update(StoredAssistant assistant);

    /** @return false when there was no such assistant */
    boolean delete(String id);
}
