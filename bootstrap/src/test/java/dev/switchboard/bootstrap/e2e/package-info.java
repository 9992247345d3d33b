/**
 * End-to-end tests: the whole service (HTTP, security, services, storage) started as it ships and driven over real
 * HTTP. {@code VendorExamplesEndToEnd} replays the vendor's documented requests on every store (H2, PostgreSQL,
 * MariaDB, MongoDB), one subclass each, and so do the voice assistant API and its channels' suites (Twilio, Genesys
 * AudioHook, Amazon Connect, 3CLogic) on {@code ConfiguredAssistantsEndToEnd}; the restart test needs the embedded H2
 * file. The fault tests stop the database under the running service and send requests too slowly; the reliability
 * suite that kills processes and stops real database servers is {@code bench/reliability.sh}, outside the build.
 */
package dev.switchboard.bootstrap.e2e;
