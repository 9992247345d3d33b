/**
 * Driven ports: what the application needs from storage and the environment, named in domain language.
 * Each has a contract suite in this module's test-jar that every implementation must pass.
 */
package dev.switchboard.application.port.out;
