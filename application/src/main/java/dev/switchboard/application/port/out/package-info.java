/**
 * Driven ports: what the application needs from storage and the environment, named in domain language.
 * Each has a contract suite in this module's test-jar that every implementation must pass. A store that cannot be
 * used reports {@link dev.switchboard.application.port.out.StorageUnavailableException}, within a bound of its own
 * configuration, from {@link dev.switchboard.application.port.out.UnitOfWork#run}.
 */
package dev.switchboard.application.port.out;
