package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedPasswordCacheTest {

    private static final PasswordHash HASH = PasswordHash.create("secret", 1000);

    @Test
    void remembersSuccessesOnly() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(10);

        assertThat(cache.verify("alice", "wrong", HASH.encoded(), HASH)).isFalse();
        assertThat(cache.size()).isZero();
        assertThat(cache.verify("alice", "secret", HASH.encoded(), HASH)).isTrue();
        assertThat(cache.verify("alice", "secret", HASH.encoded(), HASH)).isTrue();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aCachedSuccessNeverVouchesForAnotherPasswordOrHash() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(10);
        cache.verify("alice", "secret", HASH.encoded(), HASH);
        PasswordHash changed = PasswordHash.create("new secret", 1000);

        assertThat(cache.verify("alice", "secre", HASH.encoded(), HASH)).isFalse();
        assertThat(cache.verify("alice", "secret", changed.encoded(), changed)).as("after a password change").isFalse();
    }

    @Test
    void isBounded() {
        VerifiedPasswordCache cache = new VerifiedPasswordCache(2);

        for (String user : new String[] {"a", "b", "c", "d"}) {
            cache.verify(user, "secret", HASH.encoded(), HASH);
        }

        assertThat(cache.size()).isEqualTo(2);
    }
}
