package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which database failures mean "not now, try again" on each supported database, as their drivers report them. The
 * outages themselves are exercised in {@link DatabaseOutageTest} (H2 over TCP) and by bench/reliability.sh
 * (PostgreSQL and MariaDB servers stopped under load).
 */
class UnavailableDatabaseTest {

    @ParameterizedTest(name = "SQLSTATE {0}")
    @ValueSource(strings = {
        "08001", // PostgreSQL: connection refused; MariaDB: could not connect
        "08003", // Hikari: "Connection is closed"
        "08006", // PostgreSQL: I/O error, the server went away in the middle of a statement
        "08S01", // MariaDB: communication link failure, "Server shutdown in progress"
        "57P01", // PostgreSQL: terminating connection due to administrator command (a fast shutdown)
        "57P03", // PostgreSQL: the database system is starting up
        "55P03", // PostgreSQL: lock_timeout
    })
    void aConnectionLostOrRefusedIsUnavailable(String sqlState) {
        RuntimeException wrapped = new RuntimeException("Micronaut Data's wrapper", new SQLException("x", sqlState));

        assertThatThrownBy(() -> UnavailableDatabase.translate(() -> {
            throw wrapped;
        })).isInstanceOf(StorageUnavailableException.class).hasCause(wrapped);
    }

    @Test
    void hikariGivingNoConnectionInTimeIsUnavailable() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 3001ms (total=0, active=0, idle=0, waiting=0)");

        assertThat(UnavailableDatabase.isUnavailable(timeout)).isTrue();
        assertThat(UnavailableDatabase.isUnavailable(new SQLNonTransientConnectionException("Socket error"))).isTrue();
    }

    /** Seen when PostgreSQL was stopped under load: Hikari had swapped a broken connection for its closed stand-in. */
    @Test
    void aBorrowedConnectionThatCannotBeSetUpIsUnavailable() {
        ConnectionException setUp = new ConnectionException("Could not set JDBC Connection [HikariProxyConnection@1"
                + " wrapping com.zaxxer.hikari.pool.ProxyConnection.ClosedConnection] read-only: Connection is closed",
                new SQLException("Connection is closed"));

        assertThatThrownBy(() -> UnavailableDatabase.translate(() -> {
            throw setUp;
        })).isInstanceOf(StorageUnavailableException.class).hasCause(setUp);
    }

    @Test
    void lockTimeoutsOfH2AndMariaDbAreUnavailableByTheirErrorCodes() {
        assertThat(UnavailableDatabase.isUnavailable(new SQLException("Timeout trying to lock table", "HYT00", 50200)))
                .isTrue();
        assertThat(UnavailableDatabase.isUnavailable(new SQLException("Lock wait timeout exceeded", "HY000", 1205)))
                .isTrue();
    }

    @Test
    void aConnectionFailureInsideABatchIsFoundThroughTheNextException() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", "HY000", 0, new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend", "08006"));

        assertThatThrownBy(() -> UnavailableDatabase.translate(() -> {
            throw new RuntimeException(batch);
        })).isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void anyOtherFailurePassesUnchanged() {
        RuntimeException uniqueViolation = new RuntimeException(new SQLException("duplicate key", "23505"));
        InteractionNotFoundException notFound = new InteractionNotFoundException("86837a386f0331003b3c498f5d3ee4ca");

        assertThatThrownBy(() -> UnavailableDatabase.translate(() -> {
            throw uniqueViolation;
        })).isSameAs(uniqueViolation);
        assertThatThrownBy(() -> UnavailableDatabase.translate(() -> {
            throw notFound;
        })).isSameAs(notFound);
    }
}
