/**
 * Contract suites for the driven ports, one per port. Every storage implementation (in-memory, H2, PostgreSQL,
 * MariaDB, MongoDB…) subclasses each storage suite and supplies only
 * {@link dev.switchboard.application.contract.StorageContract#storage()}; every clock and id generator, real or
 * fake, subclasses {@code ClockContract} or {@code IdGeneratorContract}; {@code BotSessionsContract} and
 * {@code WebhookOutboxContract} have hooks of their own, so that the fixture of the other suites stays as it is. Tests create their own records with fresh
 * random ids, so a suite can run against a shared database without cleaning it first.
 */
package dev.switchboard.application.contract;
