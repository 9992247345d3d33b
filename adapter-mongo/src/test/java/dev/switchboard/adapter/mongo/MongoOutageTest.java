package dev.switchboard.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.interaction.Interaction;
import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * With the shipped timeouts (the URI sets none), a MongoDB that stops is reported as the ports'
 * {@link StorageUnavailableException} within the server selection timeout, the health indicator says DOWN, and both
 * recover by themselves when a server listens again. mongo-java-server keeps its data in memory, so the restarted
 * server is empty: recovery is shown with new records.
 */
class MongoOutageTest {

    /** The default server selection timeout (MongoConnectionFactory). */
    private static final Duration BOUND = Duration.ofSeconds(3);
    /** Time on top of the bound for a busy machine. */
    private static final Duration SLACK = Duration.ofSeconds(3);

    private MongoServer server;

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    @Test
    void aStoppedServerIsUnavailableWithinTheBoundAndUsedAgainOnceItListensAgain() {
        int port = startServer(0);
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "switchboard.storage", "mongo",
                "switchboard.mongo.uri", "mongodb://127.0.0.1:" + port + "/outage"))) {
            StorageFixture storage = new StorageFixture(context.getBean(Interactions.class),
                    context.getBean(Conversations.class), context.getBean(TranscriptMessages.class),
                    context.getBean(UnitOfWork.class), context.getBean(CommitGroups.class));
            HealthIndicator health = mongoHealth(context);
            TestRecords.storedInteraction(storage);
            assertThat(status(health)).isEqualTo(HealthStatus.UP);

            server.shutdownNow();
            long started = System.nanoTime();
            assertThatThrownBy(() -> TestRecords.storedInteraction(storage))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND.plus(SLACK));
            assertThat(status(health)).isEqualTo(HealthStatus.DOWN);

            startServer(port);
            Interaction afterwards = storedOnceAvailable(storage);
            assertThat(storage.unitOfWork().run(() -> storage.interactions().findById(afterwards.id()))).isPresent();
            assertThat(status(health)).isEqualTo(HealthStatus.UP);
        }
    }

    /** Binds a new, empty server; a warm-up ping first, so that a busy test JVM answers the service's ping in time. */
    private int startServer(int port) {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
        int bound = server.getLocalAddress().getPort();
        try (MongoClient warmUp = MongoClients.create("mongodb://127.0.0.1:" + bound + "/?serverSelectionTimeoutMS=30000")) {
            warmUp.getDatabase("outage").runCommand(new Document("ping", 1));
        }
        return bound;
    }

    private static Interaction storedOnceAvailable(StorageFixture storage) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try {
                return TestRecords.storedInteraction(storage);
            } catch (StorageUnavailableException stillDown) {
                if (System.nanoTime() > deadline) {
                    throw stillDown;
                }
            }
        }
    }

    /** Among Micronaut's own indicators (disk space, deadlocked threads …), the one that reports "mongodb". */
    private static HealthIndicator mongoHealth(ApplicationContext context) {
        return context.getBeansOfType(HealthIndicator.class).stream()
                .filter(indicator -> Mono.from(indicator.getResult()).blockOptional(Duration.ofSeconds(30))
                        .map(result -> result.getName().equals("mongodb")).orElse(false))
                .findFirst().orElseThrow();
    }

    private static HealthStatus status(HealthIndicator indicator) {
        HealthResult result = Mono.from(indicator.getResult()).block(Duration.ofSeconds(30));
        assertThat(result.getDetails()).as("no details for an anonymous endpoint").isNull();
        return result.getStatus();
    }
}
