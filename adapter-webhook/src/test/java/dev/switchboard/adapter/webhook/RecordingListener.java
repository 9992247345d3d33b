package dev.switchboard.adapter.webhook;

import dev.switchboard.adapter.webhook.delivery.Delivery;
import dev.switchboard.adapter.webhook.delivery.DeliveryListener;
import dev.switchboard.adapter.webhook.delivery.LoggingDeliveryListener;
import dev.switchboard.adapter.webhook.delivery.Outcome;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Keeps how each delivery ended, so that a test waits for the end instead of sleeping; and still logs it. */
final class RecordingListener implements DeliveryListener {

    record Settled(Delivery delivery, Outcome last, int attempts) {
    }

    record Dropped(Delivery delivery, String why) {
    }

    private final DeliveryListener log = new LoggingDeliveryListener();
    final BlockingQueue<Settled> settled = new LinkedBlockingQueue<>();
    final BlockingQueue<Dropped> dropped = new LinkedBlockingQueue<>();

    @Override
    public void settled(Delivery delivery, Outcome last, int attempts) {
        log.settled(delivery, last, attempts);
        settled.add(new Settled(delivery, last, attempts));
    }

    @Override
    public void dropped(Delivery delivery, String why) {
        log.dropped(delivery, why);
        dropped.add(new Dropped(delivery, why));
    }

    Settled nextSettled() throws InterruptedException {
        Settled next = settled.poll(5, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no delivery settled within 5 s");
        }
        return next;
    }
}
