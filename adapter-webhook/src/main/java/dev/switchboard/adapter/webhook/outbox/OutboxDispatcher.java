package dev.switchboard.adapter.webhook.outbox;

import dev.switchboard.adapter.webhook.WebhookSettings;
import dev.switchboard.application.port.in.DispatchWebhooksUseCase;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.domain.event.Delivery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's dispatcher: one thread claims due deliveries and hands them to a bounded pool that attempts them.
 * It claims again at once when a commit wakes it ({@link #deliveriesCommitted}), when an attempt frees a thread, or
 * after {@code switchboard.webhook.poll-interval} (deliveries of other instances, retries coming due). Order per
 * conversation needs nothing here: the outbox never lets two deliveries of one key be claimed together.
 *
 * <p>It also keeps what operators watch ({@link #status}, the meters of {@link DeliveryMetrics}): the loop counts
 * the pending deliveries every {@code queueDepthRefresh} at most, so that a metrics scrape never reaches the store.
 */
@Context
@Requires(beans = DispatchWebhooksUseCase.class)
public final class OutboxDispatcher implements DeliveryWakeUp, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    /**
     * Deliveries claimed per attempt thread: one claim (a transaction) serves many attempts, and a claimed delivery
     * waits at most a few attempts' time in the pool's queue, far inside its lease. With one per thread, a claim per
     * four events held the dispatcher to 120-150 events/s on PostgreSQL (docs/benchmarks.md, 2026-12-02).
     */
    static final int CLAIMED_PER_THREAD = 16;
    /** A count of the outbox is a query over an index; every few seconds is fresh enough for a gauge. */
    static final Duration QUEUE_DEPTH_REFRESH = Duration.ofSeconds(5);

    private final DispatchWebhooksUseCase dispatch;
    private final Duration pollInterval;
    private final Duration shutdownGrace;
    private final ExecutorService attempts;
    private final Semaphore free;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private final Thread loop;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final Duration queueDepthRefresh;
    private final AtomicLong queueDepth = new AtomicLong();
    private volatile boolean running = true;
    // Written by the loop (and lastError by attempts), read by health checks.
    private volatile boolean idle;
    private volatile long countedAt = Long.MIN_VALUE;
    private volatile Instant lastClaimAt;
    private volatile Instant failingSince;
    private volatile String lastError;

    /** @param meters the application's registry; without Micrometer (metrics disabled) the meters go nowhere */
    @Inject
    public OutboxDispatcher(DispatchWebhooksUseCase dispatch, WebhookSettings settings,
                            @Value("${switchboard.webhook.poll-interval:1s}") Duration pollInterval,
                            @Nullable MeterRegistry meters) {
        this(dispatch, settings.threads(), settings.shutdownGrace(), pollInterval,
                meters == null ? new CompositeMeterRegistry() : meters, Clock.systemUTC(), QUEUE_DEPTH_REFRESH);
    }

    OutboxDispatcher(DispatchWebhooksUseCase dispatch, int threads, Duration shutdownGrace, Duration pollInterval,
                     MeterRegistry meters, Clock clock, Duration queueDepthRefresh) {
        this.dispatch = dispatch;
        this.pollInterval = pollInterval;
        this.shutdownGrace = shutdownGrace;
        this.clock = clock;
        this.queueDepthRefresh = queueDepthRefresh;
        this.metrics = new DeliveryMetrics(meters, queueDepth);
        this.attempts = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "webhook-attempt");
            thread.setDaemon(true);
            return thread;
        });
        this.free = new Semaphore(threads * CLAIMED_PER_THREAD);
        this.loop = new Thread(this::run, "webhook-dispatcher");
        this.loop.setDaemon(true);
        this.loop.start();
    }

    /** A hint: at most one wake-up waits, however many commits ask. */
    @Override
    public void deliveriesCommitted() {
        wakeUps.offer(Boolean.TRUE);
    }

    /**
     * How the dispatcher is doing, for {@code /health}.
     *
     * @param alive        whether the loop's thread is still running
     * @param idle         true while there is nowhere to deliver (no endpoint, no asynchronous channel): no claims
     * @param lastClaimAt  when the store last answered a claim
     * @param failingSince when claims started to fail, if the last one failed
     * @param lastError    the last failure to claim, count or record an attempt
     * @param queueDepth   the pending deliveries at the last count
     */
    public record Status(boolean alive, boolean idle, Optional<Instant> lastClaimAt, Optional<Instant> failingSince,
                         Optional<String> lastError, long queueDepth) {
    }

    public Status status() {
        return new Status(loop.isAlive(), idle, Optional.ofNullable(lastClaimAt), Optional.ofNullable(failingSince),
                Optional.ofNullable(lastError), queueDepth.get());
    }

    private void run() {
        while (running) {
            try {
                int room = free.availablePermits();
                // With nowhere to deliver, nothing is claimed or counted (no query a second against an idle store).
                idle = !dispatch.hasTargets();
                List<Delivery> claimed = room == 0 || idle ? List.of() : claim(room);
                if (!idle) {
                    countWhenDue();
                }
                for (Delivery delivery : claimed) {
                    free.acquire();
                    attempts.execute(() -> attempt(delivery));
                }
                if (claimed.isEmpty() || claimed.size() < room) {
                    wakeUps.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The store is down, say: the deliveries wait there; try again at the next poll.
                LOG.warn("Could not claim or count webhook deliveries: {}", e.toString());
                if (failingSince == null) {
                    failingSince = clock.instant();
                }
                lastError = e.toString();
                sleepQuietly();
            }
        }
    }

    private List<Delivery> claim(int room) {
        List<Delivery> claimed = dispatch.claimDue(room);
        lastClaimAt = clock.instant();
        failingSince = null;
        return claimed;
    }

    private void countWhenDue() {
        long now = System.nanoTime();
        if (countedAt == Long.MIN_VALUE || now - countedAt >= queueDepthRefresh.toNanos()) {
            queueDepth.set(dispatch.pending());
            countedAt = now;
        }
    }

    private void attempt(Delivery delivery) {
        try {
            // Not recorded (another dispatcher holds the delivery now): its attempt is the one that is counted.
            dispatch.attempt(delivery).ifPresent(attempted -> metrics.attempted(delivery, attempted));
        } catch (RuntimeException e) {
            // Not recorded: the claim runs out and the delivery is attempted again (receivers dedupe by webhook-id).
            LOG.warn("Could not record an attempt at webhook delivery {}: {}", delivery.id(), e.toString());
            lastError = e.toString();
        } finally {
            free.release();
            deliveriesCommitted();
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops claiming, lets running attempts finish within the grace period; the rest stays in the outbox. */
    @PreDestroy
    @Override
    public void close() {
        running = false;
        loop.interrupt();
        attempts.shutdown();
        try {
            if (!attempts.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                attempts.shutdownNow();
            }
        } catch (InterruptedException e) {
            attempts.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
