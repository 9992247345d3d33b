package dev.switchboard.adapter.webhook.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.adapter.webhook.WebhookSettings;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.InMemoryWebhookEndpoints;
import dev.switchboard.application.fake.InMemoryWebhookOutbox;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.application.service.DispatchWebhooksService;
import dev.switchboard.application.service.EndpointDirectory;
import dev.switchboard.application.service.WebhookEndpointsService;
import dev.switchboard.application.service.WebhookEvents;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.event.OutboundAuth;
import dev.switchboard.domain.event.RetrySchedule;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.SysId;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real deliveries to a receiver on 127.0.0.1 through the application's dispatch service: each attempt is counted by
 * what it left its delivery as, timed, and the queue's depth follows the outbox.
 */
class DispatcherMetricsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final String ENDPOINT = "bot-channel-async-test";

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox(store);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private HttpServer receiver;
    private OutboxDispatcher dispatcher;

    @AfterEach
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void eachAttemptIsCountedByOutcomeAndTimedAndTheQueueDepthFollowsTheOutbox() throws Exception {
        // Each conversation's delivery gets its own answer: delivered, failed (tried again in an hour), dead (410).
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, Integer> statusByKey = Map.of("ok", 204, "busy", 503, "gone", 410);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes());
            int status = statusByKey.entrySet().stream().filter(entry -> body.contains("\"" + entry.getKey() + "\""))
                    .findFirst().orElseThrow().getValue();
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        outbox.append(List.of(delivery(1, "ok"), delivery(2, "busy"), delivery(3, "gone")));

        dispatcher = dispatcherTo("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");

        await(() -> attempts("delivered") + attempts("failed") + attempts("dead") == 3);
        assertThat(attempts("delivered")).isEqualTo(1);
        assertThat(attempts("failed")).isEqualTo(1);
        assertThat(attempts("dead")).isEqualTo(1);
        Timer latency = meters.get(DeliveryMetrics.LATENCY).tag("endpoint", ENDPOINT).timer();
        assertThat(latency.count()).isEqualTo(3);
        assertThat(latency.max(TimeUnit.MILLISECONDS)).isLessThan(5_000);
        // Each attempt went on a new connection or on one kept from an earlier attempt; two threads need two at most.
        assertThat(connections("opened") + connections("reused")).isEqualTo(3);
        assertThat(connections("opened")).isBetween(1.0, 2.0);
        // The one that failed waits for its retry; the gauge shows it after the next count, not the three of before.
        await(() -> meters.get(DeliveryMetrics.QUEUE_DEPTH).gauge().value() == 1);
        assertThat(outbox.countPending()).isEqualTo(1);
    }

    /** The receiver is an asynchronous bot channel's response URL: a target that needs no stored endpoint. */
    private OutboxDispatcher dispatcherTo(String url) {
        FixedClock clock = new FixedClock(NOW);
        InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(store);
        EndpointDirectory directory = new EndpointDirectory(List.of(
                new WebhookSender.Target(ENDPOINT, URI.create(url), List.of("whsec_c2VjcmV0"), OutboundAuth.NONE)));
        WebhookEndpointsService endpoints = new WebhookEndpointsService(new InMemoryWebhookEndpoints(store),
                new ReversingCipher(), unitOfWork, clock, directory, WebhookEvents.none(), destination -> Optional.empty(),
                () -> new byte[32], Duration.ofHours(1), Duration.ofDays(5));
        HttpWebhookSender sender = new HttpWebhookSender(new WebhookSettings(List.of("127.0.0.1"), 2, List.of(),
                Duration.ofSeconds(2), Duration.ofSeconds(5), 10, Duration.ofSeconds(1), 64, 8, Duration.ofSeconds(30)),
                meters);
        DispatchWebhooksService dispatch = new DispatchWebhooksService(outbox, sender, directory, endpoints,
                unitOfWork, clock, new RetrySchedule(List.of(Duration.ofHours(1))), "test", Duration.ofMinutes(1));
        return new OutboxDispatcher(dispatch, 2, Duration.ofSeconds(1), Duration.ofMillis(50), meters,
                Clock.systemUTC(), Duration.ofMillis(50));
    }

    private double connections(String outcome) {
        return meters.get(HttpWebhookSender.CONNECTIONS).tag("outcome", outcome).functionCounter().count();
    }

    private double attempts(String outcome) {
        var counter = meters.find(DeliveryMetrics.ATTEMPTS).tags("endpoint", ENDPOINT, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Delivery delivery(int number, String key) {
        SysId id = SysId.of(String.format("%032x", number));
        return new Delivery(id, ENDPOINT, key, EventType.INTERACTION_OPENED, Fields.of(Map.of("key", key)), NOW,
                DeliveryState.PENDING, 0, NOW);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 5 s");
            }
            Thread.sleep(20);
        }
    }
}
