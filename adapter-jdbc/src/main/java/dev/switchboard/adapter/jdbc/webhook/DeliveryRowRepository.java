package dev.switchboard.adapter.jdbc.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The statements {@link JdbcWebhookOutbox} needs on {@code webhook_delivery}, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface DeliveryRowRepository extends GenericRepository<DeliveryRow, String> {

    /** One JDBC batch, in the list's order, so that the database numbers them (seq) in that order. */
    List<DeliveryRow> saveAll(Iterable<DeliveryRow> rows);

    Optional<DeliveryRow> findById(String id);

    /**
     * The first half of a claim: locks the due deliveries that head their (endpoint, ordering key), oldest first,
     * passing over rows another transaction has locked. The same text runs on H2, PostgreSQL and MariaDB/MySQL; see
     * {@link JdbcWebhookOutbox} for why it is correct on each.
     */
    @Query("SELECT d.* FROM webhook_delivery d"
            + " WHERE d.state = 'PENDING' AND d.next_attempt_at_ms <= :nowMs"
            + " AND (d.lease_until_ms IS NULL OR d.lease_until_ms <= :nowMs)"
            + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery e WHERE e.endpoint = d.endpoint"
            + " AND e.ordering_key = d.ordering_key AND e.state = 'PENDING' AND e.seq < d.seq)"
            + " ORDER BY d.seq LIMIT :limit FOR UPDATE SKIP LOCKED")
    List<DeliveryRow> lockClaimable(long nowMs, int limit);

    /** The second half of a claim, on the rows {@link #lockClaimable} locked in the same transaction. */
    @Query("UPDATE webhook_delivery SET lease_owner = :dispatcher, lease_until_ms = :untilMs WHERE id IN (:ids)")
    int lease(Collection<String> ids, String dispatcher, long untilMs);

    /**
     * Counts the attempt and releases the claim, if the delivery is still PENDING, claimed by {@code dispatcher} and at
     * {@code attemptsBefore} attempts (the fencing token); returns 0 otherwise, also when there is no such delivery.
     */
    @Query("UPDATE webhook_delivery SET state = :state, attempts = attempts + 1, next_attempt_at_ms = :nextAttemptAtMs,"
            + " lease_owner = NULL, lease_until_ms = NULL WHERE id = :id AND state = 'PENDING'"
            + " AND lease_owner = :dispatcher AND attempts = :attemptsBefore")
    int settle(String id, String dispatcher, int attemptsBefore, String state, long nextAttemptAtMs);

    /** Returns 0 when there is no such delivery or it is not DEAD. */
    @Query("UPDATE webhook_delivery SET state = 'PENDING', next_attempt_at_ms = :nowMs, lease_owner = NULL,"
            + " lease_until_ms = NULL WHERE id = :id AND state = 'DEAD'")
    int redeliver(String id, long nowMs);

    @Query("SELECT COUNT(*) FROM webhook_delivery WHERE state = 'PENDING'")
    long countPending();

    @Query("SELECT * FROM webhook_delivery ORDER BY seq DESC LIMIT :limit")
    List<DeliveryRow> findNewest(int limit);

    @Query("SELECT * FROM webhook_delivery WHERE endpoint = :endpoint ORDER BY seq DESC LIMIT :limit")
    List<DeliveryRow> findNewestOfEndpoint(String endpoint, int limit);

    @Query("SELECT * FROM webhook_delivery WHERE state = :state ORDER BY seq DESC LIMIT :limit")
    List<DeliveryRow> findNewestInState(String state, int limit);

    @Query("SELECT * FROM webhook_delivery WHERE endpoint = :endpoint AND state = :state"
            + " ORDER BY seq DESC LIMIT :limit")
    List<DeliveryRow> findNewestOfEndpointInState(String endpoint, String state, int limit);
}
