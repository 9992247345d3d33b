package dev.switchboard.adapter.rest.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers successful password checks, because PBKDF2 is deliberately slow (hundreds of milliseconds) and HTTP
 * Basic sends the password with every request. Entries are keyed by a SHA-256 of username, password and stored
 * hash, so the password itself is never kept, and a changed hash or password simply misses. Failures are never
 * remembered. The least recently used entry goes when the cache is full.
 */
final class VerifiedPasswordCache {

    static final int DEFAULT_CAPACITY = 1024;

    private final Map<String, Boolean> verified;

    VerifiedPasswordCache(int capacity) {
        this.verified = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether this password was already found to match the user's stored hash; costs a SHA-256, no PBKDF2. */
    boolean contains(String username, String password, String encodedHash) {
        String key = Fingerprint.of(username, password, encodedHash);
        synchronized (verified) {
            return verified.get(key) != null;
        }
    }

    /** Records a successful check. */
    void remember(String username, String password, String encodedHash) {
        String key = Fingerprint.of(username, password, encodedHash);
        synchronized (verified) {
            verified.put(key, Boolean.TRUE);
        }
    }

    int size() {
        synchronized (verified) {
            return verified.size();
        }
    }
}
