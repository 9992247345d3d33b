package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.CommitGroups.GroupedWriter;
import dev.switchboard.application.port.out.CommitGroups.Outcome;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CommitGroups} guarantees, whether it groups or runs each item alone: one outcome per item,
 * delivered only after its group's work returned; items with one key in submission order and never at the same time;
 * a failing group fails its items and nothing else.
 */
public abstract class CommitGroupsContract {

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** The implementation under test; called once per test. */
    protected abstract CommitGroups commitGroups();

    private static SysId key(int n) {
        return SysId.of(String.format("%032x", n));
    }

    private static <R> R await(CompletableFuture<R> stage) throws Exception {
        return stage.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void eachItemGetsTheOutcomeTheWorkGaveIt() throws Exception {
        GroupedWriter<Integer, String> writer = commitGroups().writer("contract", items -> items.stream()
                .map(n -> n % 2 == 0 ? Outcome.done("even " + n) : Outcome.<String>failed(
                        new IllegalArgumentException("odd " + n)))
                .toList());

        CompletableFuture<String> even = writer.submit(key(1), 2).toCompletableFuture();
        CompletableFuture<String> odd = writer.submit(key(2), 3).toCompletableFuture();

        assertThat(await(even)).isEqualTo("even 2");
        assertThatThrownBy(() -> await(odd)).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("odd 3");
    }

    @Test
    void aGroupWhoseWorkThrowsFailsItsItemsAndTheWriterCarriesOn() throws Exception {
        AtomicBoolean failNext = new AtomicBoolean(true);
        GroupedWriter<Integer, Integer> writer = commitGroups().writer("contract", items -> {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("the unit failed");
            }
            return items.stream().map(Outcome::done).toList();
        });

        CompletableFuture<Integer> failed = writer.submit(key(1), 1).toCompletableFuture();
        assertThatThrownBy(() -> await(failed)).hasRootCauseMessage("the unit failed");
        assertThat(await(writer.submit(key(1), 2).toCompletableFuture())).isEqualTo(2);
    }

    @Test
    void anItemIsCompleteOnlyOnceTheWorkOfItsGroupHasReturned() throws Exception {
        AtomicBoolean returned = new AtomicBoolean();
        GroupedWriter<Integer, Integer> writer = commitGroups().writer("contract", items -> {
            List<Outcome<Integer>> outcomes = items.stream().map(Outcome::done).toList();
            returned.set(true);
            return outcomes;
        });
        AtomicBoolean returnedWhenComplete = new AtomicBoolean();

        CompletableFuture<Integer> stage = writer.submit(key(1), 7).toCompletableFuture()
                .whenComplete((value, failure) -> returnedWhenComplete.set(returned.get()));

        assertThat(await(stage)).isEqualTo(7);
        assertThat(returnedWhenComplete).isTrue();
    }

    @Test
    void aWorkThatAnswersTheWrongNumberOfOutcomesFailsItsItems() {
        GroupedWriter<Integer, Integer> writer = commitGroups().writer("contract", items -> List.of());

        CompletableFuture<Integer> stage = writer.submit(key(1), 1).toCompletableFuture();

        assertThatThrownBy(() -> await(stage)).hasCauseInstanceOf(IllegalStateException.class);
    }

    /** Four threads submit to the same four keys at once; per key, the items run in order and never overlap. */
    @Test
    void itemsWithOneKeyRunInSubmissionOrderAndNeverAtTheSameTime() throws Exception {
        int keys = 4;
        int perKey = 200;
        List<List<Integer>> seen = new ArrayList<>();
        List<AtomicInteger> running = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            seen.add(Collections.synchronizedList(new ArrayList<>()));
            running.add(new AtomicInteger());
        }
        AtomicBoolean overlapped = new AtomicBoolean();
        GroupedWriter<int[], Integer> writer = commitGroups().writer("contract", items -> {
            List<Integer> keysOfGroup = items.stream().map(item -> item[0]).distinct().toList();
            keysOfGroup.forEach(k -> overlapped.compareAndSet(false, running.get(k).incrementAndGet() > 1));
            items.forEach(item -> seen.get(item[0]).add(item[1]));
            keysOfGroup.forEach(k -> running.get(k).decrementAndGet());
            return items.stream().map(item -> Outcome.done(item[1])).toList();
        });
        ExecutorService submitters = Executors.newFixedThreadPool(keys);
        try {
            List<Future<List<CompletableFuture<Integer>>>> submitted = new ArrayList<>();
            for (int k = 0; k < keys; k++) {
                int ownKey = k;
                submitted.add(submitters.submit(() -> {
                    List<CompletableFuture<Integer>> stages = new ArrayList<>();
                    for (int i = 0; i < perKey; i++) {
                        stages.add(writer.submit(key(ownKey), new int[] {ownKey, i}).toCompletableFuture());
                    }
                    return stages;
                }));
            }
            for (Future<List<CompletableFuture<Integer>>> stages : submitted) {
                for (CompletableFuture<Integer> stage : stages.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    await(stage);
                }
            }
        } finally {
            submitters.shutdownNow();
        }

        assertThat(overlapped).as("two groups ran items of one key at the same time").isFalse();
        List<Integer> expected = java.util.stream.IntStream.range(0, perKey).boxed().toList();
        for (List<Integer> order : seen) {
            assertThat(order).containsExactlyElementsOf(expected);
        }
    }
}
