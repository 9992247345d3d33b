/**
 * Contract suites for the driven ports. Every implementation (in-memory, H2, PostgreSQL, MariaDB, MongoDB…)
 * subclasses each suite and supplies only {@link dev.switchboard.application.contract.StorageContract#storage()}.
 * Tests create their own records with fresh random ids, so a suite can run against a shared database
 * without cleaning it first.
 */
package dev.switchboard.application.contract;
