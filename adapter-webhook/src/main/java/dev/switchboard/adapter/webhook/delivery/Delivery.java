package dev.switchboard.adapter.webhook.delivery;

import dev.switchboard.domain.bot.SessionKey;
import java.util.Objects;

/**
 * One message to send, fixed when it is handed over: every attempt sends the same body under the same id, so a
 * receiver can recognise a retry of a message it already has.
 *
 * @param webhookId the {@code webhook-id} header, unique per message
 * @param session   deliveries of one session are sent one after the other, in the order they were handed over
 * @param body      the JSON text, exactly as signed
 */
public record Delivery(String webhookId, SessionKey session, Endpoint endpoint, String body) {

    public Delivery {
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(body, "body");
    }
}
