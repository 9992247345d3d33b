package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link IdGenerator} must do: the real one and the tests' scripted one alike. */
public abstract class IdGeneratorContract {

    /** The generator under test. Called once per test; it may return the same generator every time. */
    protected abstract IdGenerator ids();

    @Test
    void idsAreWellFormedAndNeverRepeat() {
        List<SysId> issued = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            issued.add(ids().next());
        }

        assertThat(issued).allSatisfy(id -> assertThat(SysId.isWellFormed(id.value())).isTrue())
                .doesNotHaveDuplicates();
    }

    @Test
    void threadsAskingAtOnceGetDistinctIds() throws Exception {
        int threads = 4;
        int idsPerThread = 2_500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch everyoneReady = new CountDownLatch(threads);
        List<SysId> issued = new ArrayList<>();
        try {
            List<Callable<List<SysId>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    everyoneReady.countDown();
                    everyoneReady.await();
                    List<SysId> mine = new ArrayList<>();
                    for (int i = 0; i < idsPerThread; i++) {
                        mine.add(ids().next());
                    }
                    return mine;
                });
            }
            for (Future<List<SysId>> result : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                issued.addAll(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(issued).hasSize(threads * idsPerThread).doesNotHaveDuplicates();
    }
}
