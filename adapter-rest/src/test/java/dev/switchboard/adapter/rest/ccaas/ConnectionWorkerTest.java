package dev.switchboard.adapter.rest.ccaas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.shared.InvalidValueException;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A connection's worker on a real pool: order, the bound on waiting frames (the connection closed with 1013), the end
 * that is never refused, and the close of a connection whose work failed.
 */
class ConnectionWorkerTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    /** What the worker closed the connection with. */
    private final List<CloseReason> closes = new CopyOnWriteArrayList<>();
    private final WebSocketSession session = (WebSocketSession) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {WebSocketSession.class}, (proxy, method, arguments) -> {
                switch (method.getName()) {
                    case "close" -> closes.add((CloseReason) arguments[0]);
                    case "isOpen" -> {
                        return closes.isEmpty();
                    }
                    default -> { }
                }
                return null;
            });

    @AfterEach
    void stopThePool() {
        pool.shutdownNow();
    }

    @Test
    void tasksRunInTheOrderHandedOverAndAFailingOneDoesNotStopTheRest() throws Exception {
        ConnectionWorker worker = new ConnectionWorker(pool, 1000, "test connection", session);
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
        assertThat(closes).isEmpty();
    }

    @Test
    void pastTheBoundAFrameIsRefusedWhileTheEndIsStillTakenAndWhatWaitedRuns() throws Exception {
        ConnectionWorker worker = new ConnectionWorker(pool, 3, "test connection", session);
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
        assertThat(closes).containsExactly(ConnectionWorker.OVERLOADED);
        assertThat(ConnectionWorker.OVERLOADED.getCode()).isEqualTo(1013);
        assertThat(worker.pending()).isEqualTo(4);
        slowStore.countDown();
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("first", "waiting 1", "waiting 2", "waiting 3", "end");
        assertThat(worker.offer(() -> { })).as("once the store caught up, frames are taken again").isTrue();
    }

    @Test
    void workThatFailsClosesTheConnection1008ForARefusedValueAnd1011ForAnythingElse() throws Exception {
        assertThat(closeAfter(new InvalidValueException("digit", "must be one of 0-9, *, #, A-D")))
                .satisfies(close -> {
                    assertThat(close.getCode()).isEqualTo(1008);
                    assertThat(close.getReason()).startsWith("refused: ").contains("digit");
                });
        assertThat(closeAfter(new IllegalStateException("the store is unavailable"))).satisfies(close -> {
            assertThat(close.getCode()).isEqualTo(1011);
            assertThat(close.getReason()).isEqualTo("the call could not be stored");
        });
    }

    /** How a fresh connection is closed when its work fails with this. */
    private CloseReason closeAfter(RuntimeException failure) throws InterruptedException {
        closes.clear();
        ConnectionWorker worker = new ConnectionWorker(pool, 10, "test connection", session);
        CountDownLatch done = new CountDownLatch(1);
        worker.offer(worker.closingOnFailure(() -> {
            throw failure;
        }));
        worker.execute(done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(closes).hasSize(1);
        return closes.get(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCloseReasonIsCutToTheFramesLimitAtACharacterNeverInsideOne() {
        String accented = "refused: " + "é".repeat(200);
        String emoji = "x".repeat(122) + "\uD83D\uDE00"; // 122 bytes, then a 4-byte character that does not fit

        String cutAccented = ConnectionWorker.fitForClose(accented);
        String cutEmoji = ConnectionWorker.fitForClose(emoji);

        assertThat(cutAccented.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(123);
        assertThat(accented).startsWith(cutAccented);
        assertThat(cutAccented).endsWith("é").hasSize(9 + 57);
        assertThat(cutEmoji).isEqualTo("x".repeat(122));
        assertThat(ConnectionWorker.fitForClose("refused: too short")).isEqualTo("refused: too short");
    }

}
