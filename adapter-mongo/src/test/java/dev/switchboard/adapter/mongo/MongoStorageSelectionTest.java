package dev.switchboard.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import dev.switchboard.adapter.mongo.connection.MongoStartupException;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookEndpoints;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The Mongo adapter serves the ports when, and only when, configuration selects it; a store it cannot reach stops the start. */
class MongoStorageSelectionTest {

    private static final List<Class<?>> PORTS =
            List.of(Interactions.class, Conversations.class, TranscriptMessages.class, UnitOfWork.class,
                    BotSessions.class, WebhookEndpoints.class);

    @Test
    void storageMongoServesEveryPortFromTheConfiguredDatabase() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "switchboard.storage", "mongo",
                "switchboard.mongo.uri", InProcessMongo.uri("selection")))) {
            assertThat(PORTS).allSatisfy(port ->
                    assertThat(context.getBean(port).getClass().getSimpleName()).startsWith("Mongo"));
            assertThat(InProcessMongo.database("selection").listCollectionNames().into(new java.util.ArrayList<>()))
                    .as("indexes created at start").contains(MongoStore.INTERACTIONS, MongoStore.MESSAGES);
        }
    }

    /** Every instance sweeps orphaned batches in the background, on its own schedule, without a request. */
    @Test
    void theSweepRunsInTheBackground() throws InterruptedException {
        MongoCollection<Document> messages = InProcessMongo.database("selection-sweep").getCollection(MongoStore.MESSAGES);
        messages.insertOne(new Document(MessageDocuments.ID, "orphaned-message")
                .append(MessageDocuments.BATCH_ID, "orphaned-batch")
                .append(MessageDocuments.INTERACTION_ID, ScriptedIdGenerator.random().value())
                .append(MessageDocuments.WRITTEN_AT, Date.from(Instant.now().minus(Duration.ofHours(1)))));

        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "switchboard.storage", "mongo",
                "switchboard.mongo.uri", InProcessMongo.uri("selection-sweep"),
                "switchboard.mongo.sweep-interval", "100ms"))) {
            Instant deadline = Instant.now().plusSeconds(20);
            while (messages.countDocuments() > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertThat(messages.countDocuments()).isZero();
        }
    }

    @Test
    void anotherStorageLeavesMongoAlone() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "switchboard.storage", "jdbc",
                "switchboard.mongo.uri", "mongodb://127.0.0.1:1/never-contacted"))) {
            assertThat(PORTS).allSatisfy(port -> assertThat(context.findBean(port)).isEmpty());
            assertThat(context.findBean(MongoClient.class)).isEmpty();
        }
    }

    @Test
    void anUnreachableStoreFailsTheStartWithinSecondsNamingTheUriWithoutItsPassword() throws IOException {
        String uri = "mongodb://switchboard:hunter2@127.0.0.1:" + closedPort() + "/switchboard";
        Instant start = Instant.now();

        Throwable failure = catchThrowable(() -> ApplicationContext.run(Map.of(
                "switchboard.storage", "mongo",
                "switchboard.mongo.uri", uri)).close());

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(failure).hasRootCauseInstanceOf(MongoStartupException.class);
        assertThat(failure.getMessage())
                .contains("Cannot use MongoDB at mongodb://switchboard:***@127.0.0.1:")
                .doesNotContain("hunter2");
    }

    @Test
    void aMissingUriFailsTheStartNamingTheSetting() {
        Throwable failure = catchThrowable(() -> ApplicationContext.run(Map.of("switchboard.storage", "mongo")).close());

        assertThat(failure).hasRootCauseInstanceOf(MongoStartupException.class).hasMessageContaining("SWITCHBOARD_MONGO_URI");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
