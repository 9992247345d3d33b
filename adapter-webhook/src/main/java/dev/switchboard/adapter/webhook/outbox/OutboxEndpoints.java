package dev.switchboard.adapter.webhook.outbox;

import dev.switchboard.adapter.webhook.WebhookChannel;
import dev.switchboard.adapter.webhook.WebhookSettings;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.destination.Resolver;
import dev.switchboard.application.port.in.BotChannel;
import dev.switchboard.application.port.in.WebhookEndpointsUseCase;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.event.EndpointName;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.event.OutboundAuth;
import dev.switchboard.domain.event.SigningSecret;
import dev.switchboard.domain.event.WebhookEndpoint;
import dev.switchboard.domain.shared.InvalidValueException;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where deliveries go, as configuration says: the event endpoints of {@code switchboard.webhook.endpoints}, checked
 * at start (an http(s) URL the destination guard allows, a {@code whsec_} secret, known event types; a mistake stops
 * the start naming the key, never showing the secret) and handed to the application as seeds of the stored endpoints,
 * and each asynchronous bot channel's response URL under {@link BotChannel#replyEndpoint}.
 */
@Singleton
public final class OutboxEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxEndpoints.class);
    private static final String PREFIX = "switchboard.webhook.endpoints.";

    private final List<WebhookEndpointsUseCase.Seed> seeds = new ArrayList<>();
    private final List<WebhookSender.Target> channels = new ArrayList<>();

    @Inject
    public OutboxEndpoints(List<ConfiguredEndpoint> endpoints, List<WebhookChannel> channels,
                           WebhookSettings settings) {
        this(endpoints, new DestinationGuard(settings.allowedHosts(), Resolver.DNS));
        // Already checked by WebhookChannel and the guard at start (WebhookBotReplies).
        channels.forEach(channel -> channel.endpoint().ifPresent(endpoint -> this.channels.add(
                new WebhookSender.Target(BotChannel.replyEndpoint(channel.name()), endpoint.url(),
                        List.of(channel.signingSecret()), OutboundAuth.NONE))));
    }

    OutboxEndpoints(List<ConfiguredEndpoint> endpoints, DestinationGuard guard) {
        for (ConfiguredEndpoint endpoint : endpoints) {
            String key = PREFIX + endpoint.name();
            try {
                EndpointName name = new EndpointName(endpoint.name());
                WebhookEndpoint.Settings settings = new WebhookEndpoint.Settings(
                        WebhookEndpoint.Settings.parseUrl(endpoint.url(), "url"), endpoint.description(),
                        eventTypes(key, endpoint.eventTypes()), OutboundAuth.NONE);
                SigningSecret secret = SigningSecret.of(endpoint.secret(), "secret");
                guarded(key, settings.url(), guard);
                seeds.add(new WebhookEndpointsUseCase.Seed(name, settings, secret));
            } catch (InvalidValueException e) {
                throw new ConfigurationException(key + "." + e.field() + " " + e.reason());
            }
        }
    }

    /** The configured event endpoints, to be applied to the stored ones at start. */
    public List<WebhookEndpointsUseCase.Seed> seeds() {
        return List.copyOf(seeds);
    }

    /** The asynchronous bot channels' reply endpoints. */
    public List<WebhookSender.Target> channelTargets() {
        return List.copyOf(channels);
    }

    private static void guarded(String key, URI url, DestinationGuard guard) {
        try {
            guard.refusal(url).ifPresent(refusal -> {
                throw new ConfigurationException(key + ".url is refused: " + refusal
                        + " (switchboard.webhook.allowed-hosts lets an internal host through)");
            });
        } catch (UnknownHostException e) {
            LOG.warn("{}.url: host {} does not resolve now; each delivery checks it again", key, url.getHost());
        }
    }

    private static Set<EventType> eventTypes(String key, List<String> names) {
        if (names == null || names.isEmpty()) {
            return WebhookEndpoint.Settings.allEventTypes();
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : names) {
            types.add(EventType.named(name.trim()).orElseThrow(() -> new ConfigurationException(key
                    + ".event-types: unknown type " + name + "; known: "
                    + Arrays.stream(EventType.values()).map(EventType::wireName).toList())));
        }
        return types;
    }
}
