package dev.switchboard.adapter.webhook.outbox;

import dev.switchboard.adapter.webhook.WebhookSettings;
import dev.switchboard.application.port.in.DispatchWebhooksUseCase;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.domain.event.Delivery;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's dispatcher: one thread claims due deliveries and hands them to a bounded pool that attempts them.
 * It claims again at once when a commit wakes it ({@link #deliveriesCommitted}), when an attempt frees a thread, or
 * after {@code switchboard.webhook.poll-interval} (deliveries of other instances, retries coming due). Order per
 * conversation needs nothing here: the outbox never lets two deliveries of one key be claimed together.
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

    private final DispatchWebhooksUseCase dispatch;
    private final Duration pollInterval;
    private final Duration shutdownGrace;
    private final ExecutorService attempts;
    private final Semaphore free;
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
    private final Thread loop;
    private volatile boolean running = true;

    public OutboxDispatcher(DispatchWebhooksUseCase dispatch, WebhookSettings settings,
                            @Value("${switchboard.webhook.poll-interval:1s}") Duration pollInterval) {
        int threads = settings.threads();
        this.dispatch = dispatch;
        this.pollInterval = pollInterval;
        this.shutdownGrace = settings.shutdownGrace();
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

    private void run() {
        while (running) {
            try {
                int room = free.availablePermits();
                // With nowhere to deliver, nothing is claimed (no claim a second against an idle store).
                List<Delivery> claimed = room == 0 || !dispatch.hasTargets() ? List.of() : dispatch.claimDue(room);
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
                LOG.warn("Could not claim webhook deliveries: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void attempt(Delivery delivery) {
        try {
            dispatch.attempt(delivery);
        } catch (RuntimeException e) {
            // Not recorded: the claim runs out and the delivery is attempted again (receivers dedupe by webhook-id).
            LOG.warn("Could not record an attempt at webhook delivery {}: {}", delivery.id(), e.toString());
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
