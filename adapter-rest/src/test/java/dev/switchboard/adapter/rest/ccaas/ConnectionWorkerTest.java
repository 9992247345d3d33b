package dev.switchboard.adapter.rest.ccaas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connection's worker on a real pool: order, the bound on waiting frames, and the end that is never refused. */
class ConnectionWorkerTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThePool() {
        pool.shutdownNow();
    }

    @Test
    void tasksRunInTheOrderHandedOverAndAFailingOneDoesNotStopTheRest() throws Exception {
        ConnectionWorker worker = new ConnectionWorker(pool, 1000, "test connection");
        List<Integer> ran = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        for (int i = 0; i < 200; i++) {
            int task = i;
            assertThat(worker.offer(() -> {
                if (task == 100) {
                    throw new IllegalStateException("the store failed");
                }
                ran.add(task);
            })).isTrue();
        }
        worker.execute(done::countDown);

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).hasSize(199).isSorted();
        assertThat(worker.pending()).isZero();
    }

    @Test
    void pastTheBoundAFrameIsRefusedWhileTheEndIsStillTakenAndWhatWaitedRuns() throws Exception {
        ConnectionWorker worker = new ConnectionWorker(pool, 3, "test connection");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch slowStore = new CountDownLatch(1);
        List<String> ran = new ArrayList<>();

        worker.offer(() -> {
            running.countDown();
            await(slowStore);
            ran.add("first");
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        List<Boolean> taken = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String name = "waiting " + i;
            taken.add(worker.offer(() -> ran.add(name)));
        }
        CountDownLatch ended = new CountDownLatch(1);
        worker.execute(() -> {
            ran.add("end");
            ended.countDown();
        });

        assertThat(taken).containsExactly(true, true, true, false);
        assertThat(worker.pending()).isEqualTo(4);
        slowStore.countDown();
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("first", "waiting 1", "waiting 2", "waiting 3", "end");
        assertThat(worker.offer(() -> { })).as("once the store caught up, frames are taken again").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
