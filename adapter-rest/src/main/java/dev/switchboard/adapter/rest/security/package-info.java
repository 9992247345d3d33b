/**
 * Who may call what, and what every response says about itself: HTTP Basic logins against users from configuration
 * ({@code switchboard.security.users}, PBKDF2 hashes, roles), throttled per user name and client address before any
 * hash is computed ({@link dev.switchboard.adapter.rest.security.Logins}); the anonymous paths (health and its probes,
 * the OpenAPI spec and UI); the 401/403/429/503 answers in the vendor envelope; the security headers of every
 * response; and the service's public address and the client's, which never come from headers a client can forge
 * unless a proxy is trusted ({@link dev.switchboard.adapter.rest.security.RequestOrigin}). See
 * docs/security.md.
 */
package dev.switchboard.adapter.rest.security;
