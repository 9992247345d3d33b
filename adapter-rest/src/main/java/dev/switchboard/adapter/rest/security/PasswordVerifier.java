package dev.switchboard.adapter.rest.security;

/**
 * Runs the deliberately slow check of a password against its hash. A bean of its own so that tests can count and
 * hold the checks a request causes ({@link Logins} decides whether one runs at all).
 */
interface PasswordVerifier {

    boolean matches(PasswordHash hash, String password);
}
