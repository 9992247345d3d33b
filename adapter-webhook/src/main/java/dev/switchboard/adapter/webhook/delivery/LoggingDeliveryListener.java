package dev.switchboard.adapter.webhook.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs failed and dropped deliveries at WARN, naming the channel and webhook-id; successes only at DEBUG. */
public final class LoggingDeliveryListener implements DeliveryListener {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingDeliveryListener.class);

    @Override
    public void settled(Delivery delivery, Outcome last, int attempts) {
        if (last instanceof Outcome.Delivered) {
            LOG.debug("Reply {} delivered to channel {} ({}, attempt {})", delivery.webhookId(),
                    delivery.endpoint().channel(), last.describe(), attempts);
        } else {
            LOG.warn("Reply {} for channel {} not delivered after {} attempt(s); last: {}", delivery.webhookId(),
                    delivery.endpoint().channel(), attempts, last.describe());
        }
    }

    @Override
    public void dropped(Delivery delivery, String why) {
        LOG.warn("Reply {} for channel {} dropped: {}", delivery.webhookId(), delivery.endpoint().channel(), why);
    }
}
