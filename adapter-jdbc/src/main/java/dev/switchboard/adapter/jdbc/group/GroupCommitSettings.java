package dev.switchboard.adapter.jdbc.group;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code switchboard.jdbc.group-commit.*}: how the JDBC store groups writes (docs/storage.md, "Group commit").
 *
 * @param writers      writer threads per kind of write, each with its own queue and, while it works, its own pooled
 *                     connection; an interaction always goes to the same writer, so its batches keep their order
 * @param maxGroupSize the most items one writer stores in one transaction
 * @param maxPending   items a writer may have waiting; past it, new items are refused as "storage unavailable" (503)
 *                     rather than queued without bound
 */
@ConfigurationProperties("switchboard.jdbc.group-commit")
public record GroupCommitSettings(@Bindable(defaultValue = "1") int writers,
                                  @Bindable(defaultValue = "256") int maxGroupSize,
                                  @Bindable(defaultValue = "10000") int maxPending) {

    private static final String PREFIX = "switchboard.jdbc.group-commit.";

    public GroupCommitSettings {
        atLeast(1, writers, "writers");
        atLeast(1, maxGroupSize, "max-group-size");
        atLeast(1, maxPending, "max-pending");
    }

    private static void atLeast(int minimum, int value, String name) {
        if (value < minimum) {
            throw new ConfigurationException(PREFIX + name + " must be at least " + minimum + ", was " + value);
        }
    }
}
