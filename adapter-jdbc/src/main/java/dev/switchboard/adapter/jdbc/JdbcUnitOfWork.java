package dev.switchboard.adapter.jdbc;

import dev.switchboard.application.port.out.UnitOfWork;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * One database transaction per unit. Micronaut's default propagation (REQUIRED) makes a nested unit join the
 * outer transaction, and a RuntimeException from the work rolls the transaction back and reaches the caller as
 * it was thrown. The repositories of this adapter pick the transaction's connection up by themselves.
 *
 * <p>This is the adapter's edge for outages: a database that gives no connection within the pool's
 * {@code connection-timeout}, or loses it during the unit, is reported as {@code StorageUnavailableException}
 * ({@link UnavailableDatabase}).
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcUnitOfWork implements UnitOfWork {

    private final TransactionOperations<Connection> transactions;

    JdbcUnitOfWork(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T run(Supplier<T> work) {
        return UnavailableDatabase.translate(() -> transactions.executeWrite(status -> work.get()));
    }
}
