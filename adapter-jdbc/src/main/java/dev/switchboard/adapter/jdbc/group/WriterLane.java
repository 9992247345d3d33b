package dev.switchboard.adapter.jdbc.group;

import dev.switchboard.application.port.out.CommitGroups.GroupWork;
import dev.switchboard.application.port.out.CommitGroups.Outcome;
import dev.switchboard.application.port.out.StorageUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer thread and its queue: it takes everything pending (up to the group size), runs it as one group, answers
 * every item, and starts over. While it runs a group, new items queue up behind it: under load the groups grow by
 * themselves, with no timer and no added wait when the queue is short (a lone item runs at once).
 */
final class WriterLane<I, R> {

    private static final Logger LOG = LoggerFactory.getLogger(WriterLane.class);

    private record Pending<I, R>(I item, CompletableFuture<R> stage) {
    }

    private final String name;
    private final GroupWork<I, R> work;
    private final int maxGroupSize;
    private final BlockingQueue<Pending<I, R>> queue;
    private final Thread thread;
    private volatile boolean closing;
    /** Set by the writer before its last sweep of the queue; see {@link #submit}. */
    private volatile boolean ended;

    WriterLane(String name, GroupWork<I, R> work, GroupCommitSettings settings) {
        this.name = name;
        this.work = work;
        this.maxGroupSize = settings.maxGroupSize();
        this.queue = new ArrayBlockingQueue<>(settings.maxPending());
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    CompletionStage<R> submit(I item) {
        CompletableFuture<R> stage = new CompletableFuture<>();
        Pending<I, R> pending = new Pending<>(item, stage);
        if (closing) {
            stage.completeExceptionally(new StorageUnavailableException("the service is shutting down"));
        } else if (!queue.offer(pending)) {
            stage.completeExceptionally(new StorageUnavailableException(
                    "too many writes are waiting for the database (" + queue.size() + " in " + name + ")"));
        } else if (ended && queue.remove(pending)) {
            // Queued just after the writer's last look at the queue: nobody else will answer it.
            stage.completeExceptionally(new StorageUnavailableException("the service is shutting down"));
        }
        return stage;
    }

    /** Stops taking items; the writer stores what is queued, then ends. */
    void stopTaking() {
        closing = true;
    }

    /** Waits up to {@code millis} for the writer to end. */
    void awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
    }

    private void loop() {
        List<Pending<I, R>> group = new ArrayList<>(maxGroupSize);
        while (!(closing && queue.isEmpty())) {
            try {
                Pending<I, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, maxGroupSize - 1);
                run(group);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                group.clear();
            }
        }
        ended = true;
        failRemaining();
    }

    private void run(List<Pending<I, R>> group) {
        List<Outcome<R>> outcomes;
        try {
            outcomes = work.run(group.stream().map(Pending::item).toList());
            if (outcomes.size() != group.size()) {
                throw new IllegalStateException(name + ": " + group.size() + " items but " + outcomes.size()
                        + " outcomes");
            }
        } catch (RuntimeException | Error failure) {
            RuntimeException reported = failure instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(name + " failed", failure);
            if (!(failure instanceof StorageUnavailableException)) {
                LOG.error("{}: a group of {} failed", name, group.size(), failure);
            }
            group.forEach(pending -> pending.stage().completeExceptionally(reported));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            outcomes.get(i).complete(group.get(i).stage());
        }
    }

    /** Answers whatever is still queued (after an interrupt, or queued as the writer ended): nothing waits forever. */
    private void failRemaining() {
        Pending<I, R> pending;
        while ((pending = queue.poll()) != null) {
            pending.stage().completeExceptionally(new StorageUnavailableException("the service is shutting down"));
        }
    }
}
