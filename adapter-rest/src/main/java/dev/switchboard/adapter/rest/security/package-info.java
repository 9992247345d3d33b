/**
 * HTTP Basic authentication against users from configuration ({@code switchboard.security.users}), with
 * PBKDF2-HMAC-SHA256 password hashes and roles; which paths stay anonymous (health, the OpenAPI spec and UI); and
 * the 401/403 answers in the vendor envelope with {@code WWW-Authenticate: Basic realm="Switchboard"}.
 * {@link dev.switchboard.adapter.rest.security.PasswordHash#main} prints a hash for a new password.
 */
package dev.switchboard.adapter.rest.security;
