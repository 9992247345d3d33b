/**
 * What Switchboard exposes for operations: only {@code /health} and its liveness and readiness probes, anonymous and
 * status only; see docs/security.md.
 */
package dev.switchboard.adapter.rest.management;
