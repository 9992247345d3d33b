package dev.switchboard.adapter.jdbc.interaction;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The statements {@link JdbcInteractions} needs, and no others. */
@JdbcRepository(dialect = Dialect.ANSI)
interface InteractionRowRepository extends GenericRepository<InteractionRow, String> {

    void save(InteractionRow row);

    Optional<InteractionRow> findById(String id);

    @Query("SELECT * FROM interaction WHERE id = :id FOR UPDATE")
    Optional<InteractionRow> findByIdForUpdate(String id);

    /** The id only breaks ties between interactions opened in the same millisecond, so that the answer is stable. */
    @Query("SELECT id FROM interaction WHERE client_session_id = :clientSessionId"
            + " ORDER BY opened_at_ms DESC, id DESC LIMIT 1")
    Optional<String> findLatestIdByClientSessionId(String clientSessionId);

    boolean existsById(String id);

    /** Writes every column of the row with the row's id; changes nothing when there is no such row. */
    void update(InteractionRow row);
}
