package dev.switchboard.adapter.webhook;

import dev.switchboard.adapter.webhook.delivery.Admission;
import dev.switchboard.adapter.webhook.delivery.Delivery;
import dev.switchboard.adapter.webhook.delivery.DeliveryListener;
import dev.switchboard.adapter.webhook.delivery.Endpoint;
import dev.switchboard.adapter.webhook.delivery.HttpSender;
import dev.switchboard.adapter.webhook.delivery.LoggingDeliveryListener;
import dev.switchboard.adapter.webhook.delivery.MessageIds;
import dev.switchboard.adapter.webhook.delivery.OrderedDispatcher;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.destination.Resolver;
import dev.switchboard.application.port.out.BotReplies;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.SessionKey;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link BotReplies} port over HTTP: each reply becomes a signed JSON POST to its channel's response URL, in
 * order per session, retried a few times in memory. Created when the service starts ({@code @Context}), so that a
 * wrong channel setting stops the start instead of the first reply; it exists even when no channel is asynchronous.
 *
 * <p>A reply that cannot be queued (backlog full, shutting down) is logged and dropped, not thrown: the port is called
 * after the exchange is stored, so an exception would only fail a request whose work is done.
 */
@Context
public final class WebhookBotReplies implements BotReplies, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookBotReplies.class);

    private final Map<String, Endpoint> endpoints = new HashMap<>();
    private final MessageIds ids;
    private final OrderedDispatcher dispatcher;
    private final DeliveryListener listener;
    private final WebhookSettings settings;
    private final HttpSender sender;

    @Inject
    public WebhookBotReplies(List<WebhookChannel> channels, WebhookSettings settings) {
        this(channels, settings, Resolver.DNS, new LoggingDeliveryListener(), Clock.systemUTC());
    }

    WebhookBotReplies(List<WebhookChannel> channels, WebhookSettings settings, Resolver resolver,
                      DeliveryListener listener, Clock clock) {
        DestinationGuard guard = new DestinationGuard(settings.allowedHosts(), resolver);
        for (WebhookChannel channel : channels) {
            channel.endpoint().ifPresent(endpoint -> endpoints.put(channel.name(), checked(endpoint, guard)));
        }
        this.settings = settings;
        this.listener = listener;
        this.ids = new MessageIds(clock);
        this.sender = new HttpSender(guard, settings.connectTimeout(), settings.requestTimeout(),
                settings.keepAlive(), clock);
        this.dispatcher = new OrderedDispatcher(sender, settings.retryDelays(), settings.threads(),
                settings.maxPending(), listener);
    }

    @Override
    public void deliver(SessionKey session, BotReply reply) {
        Endpoint endpoint = endpoints.get(session.channel());
        if (endpoint == null) {
            throw new IllegalArgumentException("Channel " + session.channel()
                    + " has no response-url: it is not an async channel");
        }
        // Serialised here, on the caller's thread: the body is fixed before deliver returns, and is signed as is.
        Delivery delivery = new Delivery(ids.next(), session, endpoint, ReplyJson.write(reply.toFields()));
        Admission admission = dispatcher.submit(delivery);
        if (admission == Admission.BACKLOG_FULL) {
            listener.dropped(delivery,
                    settings.maxPending() + " replies are already waiting (switchboard.webhook.max-pending)");
        } else if (admission == Admission.SHUT_DOWN) {
            listener.dropped(delivery, "the service is shutting down");
        }
    }

    /** Stops accepting replies and lets those pending finish for up to {@code shutdown-grace}. Safe to call twice. */
    @PreDestroy
    @Override
    public void close() {
        dispatcher.close(settings.shutdownGrace());
        sender.close();
    }

    // A URL that points inside the network is a configuration mistake, best reported at start. A host that does not
    // resolve now may resolve later (DNS outage, a record not yet created), so it only warns: each delivery checks
    // again.
    private static Endpoint checked(Endpoint endpoint, DestinationGuard guard) {
        try {
            Optional<String> refusal = guard.refusal(endpoint.url());
            if (refusal.isPresent()) {
                throw new ConfigurationException("switchboard.bot.channels." + endpoint.channel()
                        + ".response-url is refused: " + refusal.get());
            }
        } catch (UnknownHostException e) {
            LOG.warn("switchboard.bot.channels.{}.response-url: host {} does not resolve now; replies will be held "
                    + "to the same check when they are sent", endpoint.channel(), endpoint.url().getHost());
        }
        return endpoint;
    }
}
