package dev.switchboard.adapter.webhook;

import dev.switchboard.adapter.webhook.delivery.Endpoint;
import dev.switchboard.adapter.webhook.signing.Signer;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What this adapter reads of one {@code switchboard.bot.channels.<name>} entry. The REST adapter reads the same
 * entries for {@code token} and {@code mode}; keys a binding does not name are ignored, so each takes its own.
 * An asynchronous channel must have a usable {@code response-url} and {@code signing-secret}, or the start fails
 * naming the channel and the key; a synchronous one needs neither.
 *
 * @param name          the entry's key, which is the channel's name in {@code SessionKey}
 * @param mode          {@code async} for a channel answered through its response URL; anything else is not ours
 * @param responseUrl   where its replies are POSTed: an absolute http or https URL
 * @param signingSecret {@code whsec_<base64 key>}, shared with the receiver
 */
@EachProperty("switchboard.bot.channels")
public record WebhookChannel(@Parameter String name, @Nullable String mode, @Nullable String responseUrl,
                             @Nullable String signingSecret) {

    public WebhookChannel {
        if (isAsync(mode)) {
            url(name, responseUrl);
            signer(name, signingSecret);
        }
    }

    /** Where and how this channel's replies are sent; empty for a synchronous channel. */
    public Optional<Endpoint> endpoint() {
        return isAsync(mode)
                ? Optional.of(new Endpoint(name, url(name, responseUrl), signer(name, signingSecret)))
                : Optional.empty();
    }

    private static boolean isAsync(String mode) {
        return mode != null && mode.trim().toLowerCase(Locale.ROOT).equals("async");
    }

    private static URI url(String channel, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(channel, "response-url", "is required for an async channel");
        }
        try {
            URI url = new URI(value.trim());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw invalid(channel, "response-url", "must be an http:// or https:// URL");
            }
            if (url.getHost() == null) {
                throw invalid(channel, "response-url", "must name a host");
            }
            return url;
        } catch (URISyntaxException e) {
            throw invalid(channel, "response-url", "is not a URL: " + e.getReason());
        }
    }

    private static Signer signer(String channel, String value) {
        try {
            return Signer.of(value);
        } catch (IllegalArgumentException e) {
            throw invalid(channel, "signing-secret", e.getMessage());
        }
    }

    private static ConfigurationException invalid(String channel, String key, String problem) {
        return new ConfigurationException("switchboard.bot.channels." + channel + "." + key + " " + problem);
    }
}
