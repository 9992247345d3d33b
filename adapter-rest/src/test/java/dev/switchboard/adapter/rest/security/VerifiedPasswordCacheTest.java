package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedPasswordCacheTest {

    private static final String HASH = PasswordHash.create("secret", 1000).encoded();

    @Test
    void remembersWhatItIsTold() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(10);

        assertThat(cache.contains("alice", "secret", HASH)).isFalse();
        cache.remember("alice", "secret", HASH);

        assertThat(cache.contains("alice", "secret", HASH)).isTrue();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aRememberedSuccessNeverVouchesForAnotherUserPasswordOrHash() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(10);
        cache.remember("alice", "secret", HASH);
        String changed = PasswordHash.create("new secret", 1000).encoded();

        assertThat(cache.contains("alice", "secre", HASH)).isFalse();
        assertThat(cache.contains("alicE", "secret", HASH)).isFalse();
        assertThat(cache.contains("alice", "secret", changed)).as("after a password change").isFalse();
        assertThat(cache.contains("alice:secret", "", HASH)).as("parts are length-prefixed").isFalse();
    }

    @Test
    void isBounded() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(2);

        for (String user : new String[] {"a", "b", "c", "d"}) {
            cache.remember(user, "secret", HASH);
        }

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.contains("d", "secret", HASH)).isTrue();
        assertThat(cache.contains("a", "secret", HASH)).as("least recently used, evicted").isFalse();
    }
}
