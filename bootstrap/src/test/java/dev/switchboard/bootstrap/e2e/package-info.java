/**
 * End-to-end tests: the whole service (HTTP, security, services, JDBC storage, Flyway) started as it ships,
 * driven over real HTTP with the requests printed in the vendor's documentation.
 */
package dev.switchboard.bootstrap.e2e;
