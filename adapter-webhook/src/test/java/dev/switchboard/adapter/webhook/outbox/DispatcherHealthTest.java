package dev.switchboard.adapter.webhook.outbox;

import static dev.switchboard.adapter.webhook.outbox.DispatcherMetricsTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.DispatchWebhooksUseCase;
import dev.switchboard.domain.event.Delivery;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code webhookDispatcher} in /health: UP while claims work, DOWN when the thread died or claims keep failing. */
class DispatcherHealthTest {

    private static final Duration UNHEALTHY_AFTER = Duration.ofMillis(300);

    /** What a claim throws, if anything: otherwise nothing is due. */
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicReference<Error> fatal = new AtomicReference<>();
    private OutboxDispatcher dispatcher;

    @AfterEach
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
    }

    @Test
    void upWhileClaimsSucceedWithTheQueueDepthAndTheLastClaim() throws Exception {
        DispatcherHealthIndicator health = indicator(true);
        await(() -> dispatcher.status().lastClaimAt().isPresent());

        HealthResult result = health.result();

        assertThat(result.getName()).isEqualTo("webhookDispatcher");
        assertThat(result.getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(details(result)).containsEntry("dispatcher", "running").containsEntry("queueDepth", 7L)
                .containsKey("lastClaimAt").doesNotContainKey("lastError");
    }

    @Test
    void downWhenEveryClaimHasFailedForLongerThanTheThresholdAndUpAgainWhenOneSucceeds() throws Exception {
        failure.set(new IllegalStateException("database unreachable"));
        DispatcherHealthIndicator health = indicator(true);
        await(() -> dispatcher.status().failingSince().isPresent());
        assertThat(health.result().getStatus()).as("one failed claim is not an outage").isEqualTo(HealthStatus.UP);

        await(() -> health.result().getStatus() == HealthStatus.DOWN);
        assertThat(details(health.result())).containsEntry("lastError",
                "java.lang.IllegalStateException: database unreachable");
        assertThat((String) details(health.result()).get("dispatcher")).startsWith("failing: no claim has succeeded");

        failure.set(null);
        await(() -> health.result().getStatus() == HealthStatus.UP);
        assertThat(details(health.result())).containsEntry("dispatcher", "running");
    }

    @Test
    void downWhenTheDispatcherThreadHasDied() throws Exception {
        fatal.set(new StackOverflowError("a bug in the loop"));
        DispatcherHealthIndicator health = indicator(true);

        await(() -> !dispatcher.status().alive());

        assertThat(health.result().getStatus()).isEqualTo(HealthStatus.DOWN);
        assertThat(details(health.result())).containsEntry("dispatcher", "stopped: its thread has ended");
    }

    @Test
    void upAndIdleWhenThereIsNothingToDeliverTo() throws Exception {
        failure.set(new IllegalStateException("never asked: nothing is claimed without a target"));
        DispatcherHealthIndicator health = indicator(false);

        await(() -> dispatcher.status().idle());
        Thread.sleep(100);

        assertThat(health.result().getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(details(health.result())).containsEntry("dispatcher",
                "idle: no endpoint or asynchronous channel to deliver to").doesNotContainKey("lastError");
    }

    private DispatcherHealthIndicator indicator(boolean hasTargets) {
        DispatchWebhooksUseCase store = new DispatchWebhooksUseCase() {
            @Override
            public List<Delivery> claimDue(int limit) {
                if (fatal.get() != null) {
                    throw fatal.get();
                }
                if (failure.get() != null) {
                    throw failure.get();
                }
                return List.of();
            }

            @Override
            public boolean hasTargets() {
                return hasTargets;
            }

            @Override
            public Optional<Attempted> attempt(Delivery delivery) {
                throw new AssertionError("nothing is claimed");
            }

            @Override
            public long pending() {
                return 7;
            }
        };
        dispatcher = new OutboxDispatcher(store, 1, Duration.ofSeconds(1), Duration.ofMillis(20),
                new SimpleMeterRegistry(), Clock.systemUTC(), Duration.ofMillis(20));
        return new DispatcherHealthIndicator(dispatcher, UNHEALTHY_AFTER, Clock.systemUTC());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(HealthResult result) {
        return (Map<String, Object>) result.getDetails();
    }
}
