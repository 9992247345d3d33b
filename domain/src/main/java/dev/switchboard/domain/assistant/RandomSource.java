package dev.switchboard.domain.assistant;

/**
 * Where generated ids and secrets take their randomness from: a secure random source in the service, a fixed one in
 * tests. The domain only encodes what it is given.
 */
@FunctionalInterface
public interface RandomSource {

    /** {@code count} new random bytes. */
    byte[] bytes(int count);
}
