package dev.switchboard.application.port.out;

/**
 * Seals secrets before they are stored, and opens them again: what a store holds of a secret is unreadable without
 * the key this port keeps (configured outside the database). Sealing the same text twice gives different results.
 */
public interface SecretCipher {

    String seal(String secret);

    /**
     * @throws UnreadableSecretException if {@code sealed} was not sealed with this key, or was changed since
     */
    String open(String sealed);

    /** A sealed secret that this key cannot open: another key sealed it, or the stored text was altered. */
    class UnreadableSecretException extends RuntimeException {

        public UnreadableSecretException(String message) {
            super(message);
        }
    }
}
