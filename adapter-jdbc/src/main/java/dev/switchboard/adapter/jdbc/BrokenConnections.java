package dev.switchboard.adapter.jdbc;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;

/**
 * Tells the pool that a connection which failed with a connection exception is broken, so that it is closed instead
 * of being handed to the next request. Hikari knows this by SQLSTATE (class 08, PostgreSQL's 57P0x …), which covers
 * PostgreSQL and MariaDB; H2 over TCP reports a stopped server as "Database is already closed" (90121), which only
 * its exception type gives away. Without this, a connection from before an outage could keep failing requests
 * after the database is back: a connection used within the last half second is not checked again when borrowed.
 */
final class BrokenConnections implements SQLExceptionOverride {

    @java.lang.Override // plain @Override would name Hikari's enum of answers here
    public Override adjudicate(SQLException failure) {
        return failure instanceof SQLNonTransientConnectionException || failure instanceof SQLRecoverableException
                ? Override.MUST_EVICT
                : Override.CONTINUE_EVICT; // Hikari's own rules decide
    }
}
