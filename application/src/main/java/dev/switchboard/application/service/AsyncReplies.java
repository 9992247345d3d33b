package dev.switchboard.application.service;

import dev.switchboard.application.port.in.BotChannel;
import dev.switchboard.application.port.out.BotReplies;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.Event;
import dev.switchboard.domain.event.EventType;
import java.util.List;

/**
 * How an asynchronous channel's reply leaves: through the store's outbox when it has one (written by the unit that
 * stores the exchange, so a stored reply is always delivered, after a crash too), otherwise handed to
 * {@link BotReplies} once the unit committed (in memory: lost if the process stops first).
 */
interface AsyncReplies {

    /** Inside the unit that stores the exchange. */
    void stored(BotSession session, BotReply reply);

    /** After that unit committed. */
    void committed(BotSession session, BotReply reply);

    static AsyncReplies throughOutbox(WebhookOutbox outbox, DeliveryWakeUp wakeUp, IdGenerator ids, Clock clock) {
        return new AsyncReplies() {
            @Override
            public void stored(BotSession session, BotReply reply) {
                Event event = new Event(ids.next(), EventType.BOT_REPLY, clock.now(), session.id().value(),
                        reply.toFields());
                outbox.append(List.of(Delivery.of(ids.next(), event,
                        BotChannel.replyEndpoint(session.key().channel()))));
            }

            @Override
            public void committed(BotSession session, BotReply reply) {
                wakeUp.deliveriesCommitted();
            }
        };
    }

    static AsyncReplies afterCommit(BotReplies replies) {
        return new AsyncReplies() {
            @Override
            public void stored(BotSession session, BotReply reply) {
                // nothing to write: the reply goes out once the unit committed
            }

            @Override
            public void committed(BotSession session, BotReply reply) {
                replies.deliver(session.key(), reply);
            }
        };
    }
}
