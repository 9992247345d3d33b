package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot be used is reported as the ports' {@link StorageUnavailableException} within the pool's
 * {@code connection-timeout}, and the adapter uses the database again by itself once it is back. H2 in server mode
 * plays the database server: a real TCP connection that is refused while the server is stopped, as PostgreSQL's
 * and MariaDB's are (bench/reliability.sh stops those under load).
 */
class DatabaseOutageTest {

    /** The bound under test, shorter than the shipped 3 s to keep the test quick. */
    private static final long CONNECTION_TIMEOUT_MILLIS = 1_000;
    /** Time on top of the bound for a busy machine: thread scheduling, a slow first connection attempt. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    @TempDir
    Path baseDir;

    @Test
    void aStoppedDatabaseServerIsUnavailableWithinTheBoundAndUsedAgainOnceItIsBack() throws SQLException {
        Server server = startServer(0);
        int port = server.getPort();
        try (ApplicationContext context = start("jdbc:h2:tcp://127.0.0.1:" + port + "/outage")) {
            StorageFixture storage = context.getBean(StorageFixture.class);
            Interaction stored = store(storage);

            server.stop();
            long started = System.nanoTime();
            assertThatThrownBy(() -> read(storage, stored.id()))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(Duration.ofMillis(CONNECTION_TIMEOUT_MILLIS).plus(SLACK));

            server = startServer(port);
            assertThat(firstReadAfter(storage, stored.id())).as("reads again after the restart, without a restart"
                    + " of its own (a pooled connection from before the outage may fail once more)").isTrue();
            assertThat(read(storage, store(storage).id())).isTrue();
        } finally {
            server.stop();
        }
    }

    @Test
    void aClosedPoolIsUnavailable() throws SQLException {
        try (ApplicationContext context = start("jdbc:h2:mem:closed-pool;DB_CLOSE_DELAY=-1")) {
            StorageFixture storage = context.getBean(StorageFixture.class);
            context.getBean(DataSource.class).unwrap(HikariDataSource.class).close();

            assertThatThrownBy(() -> store(storage)).isInstanceOf(StorageUnavailableException.class);
        }
    }

    /** Busy rather than down, but the same for the caller: try again later. */
    @Test
    void aRowLockedBeyondTheLockTimeoutIsUnavailable() throws Exception {
        try (ApplicationContext context = start("jdbc:h2:mem:locked;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=200")) {
            StorageFixture storage = context.getBean(StorageFixture.class);
            Interaction interaction = store(storage);
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> storage.unitOfWork().run(() -> {
                storage.interactions().findByIdForUpdate(interaction.id()).orElseThrow();
                locked.countDown();
                await(release);
                return null;
            }));
            try {
                assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
                assertThatThrownBy(() -> storage.unitOfWork().run(() ->
                        storage.interactions().findByIdForUpdate(interaction.id())))
                        .isInstanceOf(StorageUnavailableException.class);
            } finally {
                release.countDown();
                holder.get(10, TimeUnit.SECONDS);
            }
        }
    }

    private static ApplicationContext start(String url) {
        return ApplicationContext.run(Map.of(
                "datasources.default.url", url,
                "datasources.default.connection-timeout", CONNECTION_TIMEOUT_MILLIS,
                "datasources.default.validation-timeout", 250), "test");
    }

    private Server startServer(int port) throws SQLException {
        return Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists",
                "-baseDir", baseDir.toString()).start();
    }

    private static Interaction store(StorageFixture storage) {
        Interaction interaction = Interaction.open(ScriptedIdGenerator.random(),
                CallerDetails.of("+14089178877", null, null, null, null), Instant.parse("2026-03-01T10:15:30.123Z"));
        storage.unitOfWork().run(() -> {
            storage.interactions().add(interaction);
            return null;
        });
        return interaction;
    }

    private static boolean read(StorageFixture storage, SysId id) {
        return storage.unitOfWork().run(() -> storage.interactions().findById(id).isPresent());
    }

    /** Reads until the database answers, for at most ten seconds. */
    private static boolean firstReadAfter(StorageFixture storage, SysId id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                return read(storage, id);
            } catch (StorageUnavailableException stillDown) {
                if (System.nanoTime() > deadline) {
                    throw stillDown;
                }
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
