package dev.switchboard.application.port.out;

import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * How a store takes the same kind of write from many callers at once. A store that pays for every commit (a SQL
 * database waits for its log to reach the disk) collects what is pending and runs it as one group: one unit of work,
 * statements batched across callers, one commit. A store whose unit of work is one record's compare-and-set runs
 * every item as a group of one. The service says what may run together; the store decides how much does.
 */
public interface CommitGroups {

    /** A writer that runs its items through {@code work}; {@code name} only labels the store's threads and logs. */
    <I, R> GroupedWriter<I, R> writer(String name, GroupWork<I, R> work);

    /**
     * No grouping: every item runs alone, on the caller's thread, before {@code submit} returns. For a store whose
     * unit of work cannot span several callers' records, and for tests.
     */
    static CommitGroups eachAlone() {
        return new CommitGroups() {
            @Override
            public <I, R> GroupedWriter<I, R> writer(String name, GroupWork<I, R> work) {
                return (key, item) -> {
                    try {
                        List<Outcome<R>> outcomes = work.run(List.of(item));
                        if (outcomes.size() != 1) {
                            throw new IllegalStateException(name + ": one item but " + outcomes.size() + " outcomes");
                        }
                        return outcomes.get(0).toStage();
                    } catch (RuntimeException failure) {
                        return CompletableFuture.failedFuture(failure);
                    }
                };
            }
        };
    }

    /** What a service does with one group: the whole group in one unit of work. */
    @FunctionalInterface
    interface GroupWork<I, R> {

        /**
         * Runs the items, in this order, and answers one outcome per item, in the same order. Throwing fails every
         * item of the group with the exception.
         */
        List<Outcome<R>> run(List<I> items);
    }

    /** Where callers hand their items over. */
    interface GroupedWriter<I, R> {

        /**
         * Hands an item over. Items with equal keys run one after the other, in the order they were submitted; the
         * stage completes with the item's outcome once the work of its group has returned, so after its unit of work
         * has committed. A store that groups returns at once and runs the work on its own threads; a store that runs
         * every item alone may run it on the caller's thread before returning. A writer that cannot take the item
         * (shutting down, or too much already pending) completes the stage with a
         * {@link StorageUnavailableException}.
         */
        CompletionStage<R> submit(SysId key, I item);
    }

    /** The result of one item of a group: a value, or the failure that belongs to this item alone. */
    record Outcome<R>(R value, RuntimeException failure) {

        public Outcome {
            if ((value == null) == (failure == null)) {
                throw new IllegalArgumentException("an outcome is a value or a failure");
            }
        }

        public static <R> Outcome<R> done(R value) {
            return new Outcome<>(Objects.requireNonNull(value, "value"), null);
        }

        public static <R> Outcome<R> failed(RuntimeException failure) {
            return new Outcome<>(null, Objects.requireNonNull(failure, "failure"));
        }

        /** Completes {@code stage} with this outcome. */
        public void complete(CompletableFuture<R> stage) {
            if (failure == null) {
                stage.complete(value);
            } else {
                stage.completeExceptionally(failure);
            }
        }

        CompletableFuture<R> toStage() {
            CompletableFuture<R> stage = new CompletableFuture<>();
            complete(stage);
            return stage;
        }
    }
}
