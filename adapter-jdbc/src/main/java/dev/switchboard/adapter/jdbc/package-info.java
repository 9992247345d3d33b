/**
 * The storage ports on H2, PostgreSQL or MariaDB/MySQL through Micronaut Data JDBC, with the schema kept by Flyway.
 * One sub-package per port (row type, mapper, repository). Here: the unit of work, which every port joins; the
 * translation of a taken key into the ports' {@code DuplicateRecordException}; and what follows from the JDBC URL
 * (driver, dialect, migrations, set by listeners on the configuration beans so that the libraries read typed values
 * a test can check) with the connection check at start.
 *
 * <p>Choosing and preparing a database, the schema, the pool and the locking are explained once, in
 * {@code docs/storage.md}, section "Relational databases".
 */
package dev.switchboard.adapter.jdbc;
