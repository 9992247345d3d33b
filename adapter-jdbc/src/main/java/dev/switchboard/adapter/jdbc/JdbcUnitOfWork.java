package dev.switchboard.adapter.jdbc;

import dev.switchboard.application.port.out.UnitOfWork;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * One database transaction per unit. Micronaut's default propagation (REQUIRED) makes a nested unit join the
 * outer transaction, and a RuntimeException from the work rolls the transaction back and reaches the caller as
 * it was thrown. The repositories of this adapter pick the transaction's connection up by themselves.
 *
 * <p>This is the adapter's edge for outages: a database that gives no connection within the pool's
 * {@code connection-timeout}, or loses it during the unit, is reported as {@code StorageUnavailableException}
 * ({@link UnavailableDatabase}).
 *
 * <p>On an H2 file database a commit is not yet in the file: H2 writes it within {@code WRITE_DELAY}. So after the
 * outermost unit has committed, a {@code CHECKPOINT} writes it there before the unit returns (and before any caller
 * acknowledges what it stored). That keeps every acknowledged commit across a killed process while H2's background
 * writer, which only runs when {@code WRITE_DELAY} is above zero, keeps compacting the file (docs/storage.md,
 * "The embedded H2 file").
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcUnitOfWork implements UnitOfWork {

    private final TransactionOperations<Connection> transactions;
    private final boolean checkpointAfterCommit;
    private final boolean postgresql;

    JdbcUnitOfWork(TransactionOperations<Connection> transactions,
                   @Value("${datasources.default.url:}") String url) {
        this.transactions = transactions;
        this.checkpointAfterCommit = SupportedDatabase.isH2OnDisk(url);
        this.postgresql = url != null && url.startsWith("jdbc:postgresql:");
    }

    @Override
    public <T> T run(Supplier<T> work) {
        boolean outermost = transactions.findTransactionStatus().isEmpty();
        T result = UnavailableDatabase.translate(() -> transactions.executeWrite(status -> work.get()));
        if (outermost && checkpointAfterCommit) {
            UnavailableDatabase.translate(() ->
                    transactions.executeWrite(status -> checkpoint(status.getConnection())));
        }
        return result;
    }

    /**
     * Without waiting for the disk: on PostgreSQL the transaction commits with {@code synchronous_commit} off (visible
     * at once, written to the WAL within a moment), on an H2 file without the CHECKPOINT. MariaDB has no per-transaction
     * switch, so there it is {@link #run}. Joined to a running unit, it is that unit's work, as {@link #run} is.
     */
    @Override
    public <T> T runRedoable(Supplier<T> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            return work.get();
        }
        return UnavailableDatabase.translate(() -> transactions.executeWrite(status -> {
            if (postgresql) {
                relaxCommit(status.getConnection());
            }
            return work.get();
        }));
    }

    private static void relaxCommit(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL synchronous_commit TO OFF");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused SET LOCAL synchronous_commit: " + e.getMessage(), e);
        }
    }

    private static Void checkpoint(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not write committed data to its file: " + e.getMessage(), e);
        }
    }
}
