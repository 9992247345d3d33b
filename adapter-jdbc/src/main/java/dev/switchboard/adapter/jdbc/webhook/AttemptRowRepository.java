package dev.switchboard.adapter.jdbc.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The statements {@link JdbcWebhookOutbox} needs on {@code webhook_attempt}, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface AttemptRowRepository extends GenericRepository<AttemptRow, AttemptRow.Key> {

    void save(AttemptRow row);

    @Query("SELECT * FROM webhook_attempt WHERE delivery_id = :deliveryId ORDER BY number")
    List<AttemptRow> findByDelivery(String deliveryId);
}
