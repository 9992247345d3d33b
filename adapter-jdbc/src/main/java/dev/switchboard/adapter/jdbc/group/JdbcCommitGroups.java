package dev.switchboard.adapter.jdbc.group;

import dev.switchboard.application.port.out.CommitGroups;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

/**
 * Group commit for the SQL stores. Every writer has {@code writers} lanes (a thread and a queue each); an item goes
 * to the lane its key hashes to, so the batches of one interaction always meet in one queue and keep their order,
 * and two lanes never lock the same interaction. A lane runs everything pending as one group: one transaction, one
 * commit (the service's work batches the statements). A database waits for its log to reach the disk once per
 * commit, so a group of fifty costs it about what one request did.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcCommitGroups implements CommitGroups {

    private static final long CLOSE_WAIT_MILLIS = 10_000;

    private final GroupCommitSettings settings;
    private final List<WriterLane<?, ?>> lanes = new CopyOnWriteArrayList<>();

    public JdbcCommitGroups(GroupCommitSettings settings) {
        this.settings = settings;
    }

    @Override
    public <I, R> GroupedWriter<I, R> writer(String name, GroupWork<I, R> work) {
        List<WriterLane<I, R>> own = IntStream.range(0, settings.writers())
                .mapToObj(n -> new WriterLane<>("switchboard-" + name + "-" + n, work, settings))
                .toList();
        lanes.addAll(own);
        return (key, item) -> own.get(Math.floorMod(key.hashCode(), own.size())).submit(item);
    }

    /** Stores what is queued before the database connections close; new items are refused meanwhile. */
    @PreDestroy
    public void close() throws InterruptedException {
        lanes.forEach(WriterLane::stopTaking);
        for (WriterLane<?, ?> lane : lanes) {
            lane.awaitEnd(CLOSE_WAIT_MILLIS);
        }
    }
}
