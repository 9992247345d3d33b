package dev.switchboard.adapter.jdbc.assistant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The statements {@link JdbcVoiceAssistants} needs on {@code voice_assistant}, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface AssistantRowRepository extends GenericRepository<AssistantRow, String> {

    void save(AssistantRow row);

    Optional<AssistantRow> findById(String id);

    @Query("SELECT * FROM voice_assistant ORDER BY name, id")
    List<AssistantRow> findAllInNameOrder();

    /**
     * The compare-and-set: writes the whole assistant and advances the version, only if the row still has the
     * version the assistant was read at. Returns 0 when it has not, or when there is no such row.
     */
    @Query("UPDATE voice_assistant SET name = :name, description = :description,"
            + " provider_application = :providerApplication, channels = :channels, sealed_secrets = :sealedSecrets,"
            + " created_at_ms = :createdAtMs, updated_at_ms = :updatedAtMs,"
            + " version = version + 1 WHERE id = :id AND version = :version")
    int update(String id, long version, String name, String description, String providerApplication,
               String channels, String sealedSecrets, long createdAtMs, long updatedAtMs);

    /** Returns 0 when there is no such assistant. */
    @Query("DELETE FROM voice_assistant WHERE id = :id")
    int delete(String id);
}
