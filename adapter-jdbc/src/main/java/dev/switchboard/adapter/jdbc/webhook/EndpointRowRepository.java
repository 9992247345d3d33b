package dev.switchboard.adapter.jdbc.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The statements {@link JdbcWebhookEndpoints} needs on {@code webhook_endpoint}, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface EndpointRowRepository extends GenericRepository<EndpointRow, String> {

    void save(EndpointRow row);

    Optional<EndpointRow> findById(String name);

    @Query("SELECT * FROM webhook_endpoint ORDER BY name")
    List<EndpointRow> findAllInNameOrder();

    /**
     * The compare-and-set: writes the whole endpoint and advances the version, only if the row still has the version
     * the endpoint was read at. Returns 0 when it has not, or when there is no such row.
     */
    @Query("UPDATE webhook_endpoint SET url = :url, description = :description, event_types = :eventTypes,"
            + " sealed_keys = :sealedKeys, sealed_auth = :sealedAuth, enabled = :enabled,"
            + " disabled_reason = :disabledReason, disabled_at_ms = :disabledAtMs,"
            + " failing_since_ms = :failingSinceMs, source = :source, created_at_ms = :createdAtMs,"
            + " updated_at_ms = :updatedAtMs,"
            + " version = version + 1 WHERE name = :name AND version = :version")
    int update(String name, long version, String url, String description, String eventTypes, String sealedKeys,
               String sealedAuth, boolean enabled, @Nullable String disabledReason, @Nullable Long disabledAtMs,
               @Nullable Long failingSinceMs, String source, long createdAtMs, long updatedAtMs);

    /** Returns 0 when there is no such endpoint. */
    @Query("DELETE FROM webhook_endpoint WHERE name = :name")
    int delete(String name);
}
