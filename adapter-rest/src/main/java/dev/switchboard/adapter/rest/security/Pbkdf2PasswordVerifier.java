package dev.switchboard.adapter.rest.security;

import jakarta.inject.Singleton;

/** The real check: PBKDF2-HMAC-SHA256 with the hash's own salt and iterations. */
@Singleton
final class Pbkdf2PasswordVerifier implements PasswordVerifier {

    @Override
    public boolean matches(PasswordHash hash, String password) {
        return hash.matches(password);
    }
}
