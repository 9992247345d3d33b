/**
 * End-to-end tests: the whole service (HTTP, security, services, storage) started as it ships and driven over real
 * HTTP. {@code VendorExamplesEndToEnd} replays the vendor's documented requests on every store (H2, PostgreSQL,
 * MariaDB, MongoDB), one subclass each; the restart test needs the embedded H2 file.
 */
package dev.switchboard.bootstrap.e2e;
