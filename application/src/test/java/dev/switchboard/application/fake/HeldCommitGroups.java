package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.CommitGroups.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link CommitGroups} that holds every submitted item until the test calls {@link #release()}, which runs all of
 * them as one group: the grouping a busy SQL store does, made deterministic.
 */
public final class HeldCommitGroups implements CommitGroups {

    private final List<Runnable> releases = new ArrayList<>();

    @Override
    public <I, R> GroupedWriter<I, R> writer(String name, GroupWork<I, R> work) {
        List<I> items = new ArrayList<>();
        List<CompletableFuture<R>> stages = new ArrayList<>();
        releases.add(() -> {
            List<I> group = List.copyOf(items);
            List<CompletableFuture<R>> waiting = List.copyOf(stages);
            items.clear();
            stages.clear();
            if (group.isEmpty()) {
                return;
            }
            try {
                List<Outcome<R>> outcomes = work.run(group);
                for (int i = 0; i < waiting.size(); i++) {
                    outcomes.get(i).complete(waiting.get(i));
                }
            } catch (RuntimeException failure) {
                waiting.forEach(stage -> stage.completeExceptionally(failure));
            }
        });
        return (key, item) -> {
            CompletableFuture<R> stage = new CompletableFuture<>();
            items.add(item);
            stages.add(stage);
            return stage;
        };
    }

    /** Runs everything submitted since the last release as one group per writer. */
    public void release() {
        releases.forEach(Runnable::run);
    }
}
