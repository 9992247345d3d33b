package dev.switchboard.adapter.rest.hostile;

import dev.switchboard.domain.shared.Text;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a property over generated inputs: a bounded number of tries from a fixed seed, so a run is repeatable and its
 * time is known. Both can be changed from the command line ({@code -Dhostile.seed=42 -Dhostile.tries=10000}); a
 * failure names the seed and the try that found it, with the input (shrunk, for text) cut to a readable length.
 *
 * <p>A small stand-in for a property-based testing library: generators are plain functions of a {@link Random}.
 */
public final class Tries {

    /** Whatever was found today stays found: the default seed is fixed. */
    public static final long DEFAULT_SEED = 20_260_301L;

    private static final int SHOWN_LENGTH = 2_000;
    private static final int SHRINK_ATTEMPTS = 2_000;

    private Tries() {
    }

    public static long seed() {
        return Long.getLong("hostile.seed", DEFAULT_SEED);
    }

    /** {@code defaultTries} scaled by {@code hostile.tries} (a factor: 0.1 for a quick run, 10 for a long one). */
    public static int count(int defaultTries) {
        double factor = Double.parseDouble(System.getProperty("hostile.tries", "1"));
        return Math.max(1, (int) Math.round(defaultTries * factor));
    }

    /**
     * Checks {@code property} on {@code tries} inputs from {@code generator}. Each try has a random of its own, seeded
     * from the run's seed and the try's number, so one failing try can be replayed alone.
     *
     * @return how many tries ran
     */
    public static <T> int forAll(String name, int tries, Function<Random, T> generator, Consumer<T> property) {
        long seed = seed();
        for (int i = 0; i < tries; i++) {
            T input = generator.apply(new Random(seed * 1_000_003L + i));
            Throwable failure = failureOf(property, input);
            if (failure != null) {
                T shown = input instanceof String text ? cast(shrink(text, cast(property))) : input;
                throw new AssertionError(name + " fails at try " + i + " of " + tries + " (seed " + seed
                        + "; rerun with -Dhostile.seed=" + seed + "): " + failureOf(property, shown) + "\ninput: "
                        + printable(String.valueOf(shown)), failure);
            }
        }
        return tries;
    }

    /** A shorter text the property still fails on: chunks are cut out while the failure stays. */
    static String shrink(String failing, Consumer<String> property) {
        String smallest = failing;
        int attempts = 0;
        for (int chunk = smallest.length() / 2; chunk >= 1 && attempts < SHRINK_ATTEMPTS; chunk /= 2) {
            for (int start = 0; start + chunk <= smallest.length() && attempts < SHRINK_ATTEMPTS; attempts++) {
                String candidate = smallest.substring(0, start) + smallest.substring(start + chunk);
                if (!candidate.isEmpty() && failureOf(property, candidate) != null) {
                    smallest = candidate;
                } else {
                    start += chunk;
                }
            }
        }
        return smallest;
    }

    private static <T> Throwable failureOf(Consumer<T> property, T input) {
        try {
            property.accept(input);
            return null;
        } catch (RuntimeException | AssertionError e) {
            return e;
        }
    }

    /** The input as a failure message shows it: controls and lone surrogates escaped, and cut. */
    static String printable(String text) {
        String shown = Text.excerpt(text, SHOWN_LENGTH);
        return text.length() > SHOWN_LENGTH ? shown + " (" + text.length() + " characters)" : shown;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
