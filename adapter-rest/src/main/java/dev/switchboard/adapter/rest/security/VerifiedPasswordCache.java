package dev.switchboard.adapter.rest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers successful password checks, because PBKDF2 is deliberately slow (hundreds of milliseconds) and HTTP
 * Basic sends the password with every request. Entries are keyed by a SHA-256 of username, password and stored
 * hash, so the password itself is never kept, and a changed hash or password simply misses. Failures are never
 * cached: each wrong guess costs a full PBKDF2 run. The least recently used entry goes when the cache is full.
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

    /** Whether {@code password} matches the user's stored hash, from the cache or by running PBKDF2. */
    boolean verify(String username, String password, String encodedHash, PasswordHash hash) {
        String key = key(username, password, encodedHash);
        synchronized (verified) {
            if (verified.get(key) != null) {
                return true;
            }
        }
        boolean matches = hash.matches(password); // outside the lock: slow, and safe to run twice
        if (matches) {
            synchronized (verified) {
                verified.put(key, Boolean.TRUE);
            }
        }
        return matches;
    }

    int size() {
        synchronized (verified) {
            return verified.size();
        }
    }

    /** Each part is length-prefixed, so no two different triples produce the same digest input. */
    private static String key(String username, String password, String encodedHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {username, password, encodedHash}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                sha256.update(bytes);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
