package dev.switchboard.adapter.jdbc.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.contract.CommitGroupsContract;
import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.CommitGroups.GroupedWriter;
import dev.switchboard.application.port.out.CommitGroups.Outcome;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The writer lanes on their own, without a database: how groups form, and what happens at the edges. */
class JdbcCommitGroupsTest {

    private static final SysId KEY = SysId.of("0123456789abcdef0123456789abcdef");

    private final List<JdbcCommitGroups> started = new ArrayList<>();

    private JdbcCommitGroups groups(int writers, int maxGroupSize, int maxPending) {
        JdbcCommitGroups groups = new JdbcCommitGroups(new GroupCommitSettings(writers, maxGroupSize, maxPending));
        started.add(groups);
        return groups;
    }

    @AfterEach
    void stopWriters() throws InterruptedException {
        for (JdbcCommitGroups groups : started) {
            groups.close();
        }
    }

    /** A work that waits for {@code release} on its first group and records the size of every group. */
    private static CommitGroups.GroupWork<Integer, Integer> recording(List<Integer> sizes, CountDownLatch running,
                                                                       CountDownLatch release) {
        return items -> {
            running.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sizes.add(items.size());
            return items.stream().map(Outcome::done).toList();
        };
    }

    @Test
    void whatArrivesWhileTheWriterIsBusyIsStoredAsOneGroup() throws Exception {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupedWriter<Integer, Integer> writer = groups(1, 256, 1000)
                .writer("test", recording(sizes, running, release));

        CompletableFuture<Integer> first = writer.submit(KEY, 0).toCompletableFuture();
        running.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<Integer>> queued = IntStream.range(1, 11)
                .mapToObj(n -> writer.submit(KEY, n).toCompletableFuture()).toList();
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        for (int n = 0; n < queued.size(); n++) {
            assertThat(queued.get(n).get(10, TimeUnit.SECONDS)).isEqualTo(n + 1);
        }
        assertThat(sizes).containsExactly(1, 10);
    }

    @Test
    void aGroupHoldsAtMostMaxGroupSizeItems() throws Exception {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupedWriter<Integer, Integer> writer = groups(1, 4, 1000).writer("test", recording(sizes, running, release));

        writer.submit(KEY, 0);
        running.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<Integer>> queued = IntStream.range(1, 11)
                .mapToObj(n -> writer.submit(KEY, n).toCompletableFuture()).toList();
        release.countDown();
        CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

        assertThat(sizes).containsExactly(1, 4, 4, 2);
    }

    @Test
    void pastMaxPendingANewItemIsRefusedAsStorageUnavailable() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupedWriter<Integer, Integer> writer = groups(1, 256, 2)
                .writer("test", recording(new ArrayList<>(), running, release));
        writer.submit(KEY, 0);
        running.await(10, TimeUnit.SECONDS);
        writer.submit(KEY, 1);
        writer.submit(KEY, 2);

        CompletableFuture<Integer> refused = writer.submit(KEY, 3).toCompletableFuture();
        release.countDown();

        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void closingStoresWhatIsQueuedAndRefusesWhatComesAfter() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JdbcCommitGroups groups = groups(1, 256, 100);
        GroupedWriter<Integer, Integer> writer = groups.writer("test", recording(new ArrayList<>(), running, release));
        writer.submit(KEY, 0);
        running.await(10, TimeUnit.SECONDS);
        CompletableFuture<Integer> queued = writer.submit(KEY, 1).toCompletableFuture();

        CompletableFuture<Void> closed = CompletableFuture.runAsync(() -> {
            try {
                groups.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (!writer.submit(KEY, -1).toCompletableFuture().isCompletedExceptionally()) {
            Thread.onSpinWait();
        }
        release.countDown();
        closed.get(10, TimeUnit.SECONDS);

        assertThat(queued).isCompletedWithValue(1);
        assertThatThrownBy(() -> writer.submit(KEY, 2).toCompletableFuture().get(1, TimeUnit.SECONDS))
                .hasCauseInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void oneKeyIsAlwaysWrittenByTheSameWriterThread() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        GroupedWriter<Integer, Integer> writer = groups(4, 256, 1000).writer("test", items -> {
            threads.add(Thread.currentThread().getName());
            return items.stream().map(Outcome::done).toList();
        });

        for (int n = 0; n < 50; n++) {
            writer.submit(KEY, n).toCompletableFuture().get(10, TimeUnit.SECONDS);
        }

        assertThat(threads).hasSize(1);
    }

    @Test
    void settingsBelowOneAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new GroupCommitSettings(0, 256, 1000))
                .hasMessage("switchboard.jdbc.group-commit.writers must be at least 1, was 0");
    }

    @Nested
    class Contract extends CommitGroupsContract {
        @Override
        protected CommitGroups commitGroups() {
            return groups(2, 64, 10_000);
        }
    }
}
