package dev.switchboard.adapter.webhook.outbox;

import dev.switchboard.adapter.webhook.WebhookChannel;
import dev.switchboard.adapter.webhook.WebhookSettings;
import dev.switchboard.adapter.webhook.delivery.Endpoint;
import dev.switchboard.adapter.webhook.destination.DestinationGuard;
import dev.switchboard.adapter.webhook.destination.Resolver;
import dev.switchboard.adapter.webhook.signing.Signer;
import dev.switchboard.application.port.in.BotChannel;
import dev.switchboard.application.port.in.WebhookSubscription;
import dev.switchboard.domain.event.EventType;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where deliveries go: the configured event endpoints, checked at start (an http(s) URL the destination guard
 * allows, a {@code whsec_} secret, known event types; a mistake stops the start naming the key, never showing the
 * secret), and each asynchronous bot channel's response URL under {@link BotChannel#replyEndpoint}.
 */
@Singleton
public final class OutboxEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxEndpoints.class);
    private static final String PREFIX = "switchboard.webhook.endpoints.";

    private final Map<String, Endpoint> byName = new LinkedHashMap<>();
    private final Map<String, Set<EventType>> types = new LinkedHashMap<>();

    @Inject
    public OutboxEndpoints(List<WebhookEndpoint> endpoints, List<WebhookChannel> channels, WebhookSettings settings) {
        this(endpoints, new DestinationGuard(settings.allowedHosts(), Resolver.DNS));
        // Already checked by WebhookChannel and the guard at start (WebhookBotReplies).
        channels.forEach(channel -> channel.endpoint().ifPresent(endpoint ->
                byName.put(BotChannel.replyEndpoint(channel.name()), endpoint)));
    }

    OutboxEndpoints(List<WebhookEndpoint> endpoints, DestinationGuard guard) {
        for (WebhookEndpoint endpoint : endpoints) {
            String key = PREFIX + endpoint.name();
            URI url = url(key, endpoint.url());
            Signer signer;
            try {
                signer = Signer.of(endpoint.secret());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(key + ".secret " + e.getMessage());
            }
            guarded(key, url, guard);
            byName.put(endpoint.name(), new Endpoint(endpoint.name(), url, signer));
            types.put(endpoint.name(), eventTypes(key, endpoint.eventTypes()));
        }
    }

    /** True when anything may be delivered: an event endpoint or an asynchronous channel. */
    public boolean any() {
        return !byName.isEmpty();
    }

    /** What the application publishes events to: each event endpoint with its event types. */
    public List<WebhookSubscription> subscriptions() {
        return types.entrySet().stream().map(entry -> new WebhookSubscription(entry.getKey(), entry.getValue())).toList();
    }

    Optional<Endpoint> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private static URI url(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(key + ".url is required");
        }
        try {
            URI url = new URI(value.trim());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new ConfigurationException(key + ".url must be an http:// or https:// URL with a host");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new ConfigurationException(key + ".url is not a URL: " + e.getReason());
        }
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
            return EnumSet.complementOf(EnumSet.of(EventType.BOT_REPLY));
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
