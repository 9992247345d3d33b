package dev.switchboard.domain.assistant;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated secret that can be replaced without a gap: after a rotation the new secret is current, and the one it
 * replaced is still accepted until the overlap ends, so that the provider's console can be updated while calls keep
 * coming in. One previous secret is kept: a second rotation during an overlap ends the first one's overlap at once.
 *
 * @param previousValidUntil set exactly when {@code previous} is
 */
public record RotatingSecret(ChannelSecret current, Optional<ChannelSecret> previous,
                             Optional<Instant> previousValidUntil) {

    public RotatingSecret {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(previousValidUntil, "previousValidUntil");
        if (previous.isPresent() != previousValidUntil.isPresent()) {
            throw new IllegalArgumentException("a previous secret comes with the end of its overlap");
        }
    }

    public static RotatingSecret of(ChannelSecret current) {
        return new RotatingSecret(current, Optional.empty(), Optional.empty());
    }

    /** {@code next} is current from now on; the current one is accepted beside it until {@code now + overlap}. */
    public RotatingSecret rotate(ChannelSecret next, Duration overlap, Instant now) {
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("a negative overlap");
        }
        return new RotatingSecret(next, Optional.of(current), Optional.of(now.plus(overlap)));
    }

    /** True when {@code candidate} is the current secret, or the previous one while its overlap runs. */
    public boolean accepts(String candidate, Instant now) {
        return current.matches(candidate) || previousValidAt(now) && previous.orElseThrow().matches(candidate);
    }

    /** True while the previous secret's overlap runs. */
    public boolean previousValidAt(Instant now) {
        return previousValidUntil.map(now::isBefore).orElse(false);
    }
}
