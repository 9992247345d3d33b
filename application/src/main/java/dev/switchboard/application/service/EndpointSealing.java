package dev.switchboard.application.service;

import dev.switchboard.application.port.out.SecretCipher;
import dev.switchboard.application.port.out.StoredEndpoint;
import dev.switchboard.domain.event.EndpointName;
import dev.switchboard.domain.event.OutboundAuth;
import dev.switchboard.domain.event.SigningSecret;
import dev.switchboard.domain.event.WebhookEndpoint;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Between an endpoint and what stores keep of it: the signing secrets and the outbound credentials are written as
 * lines of text and sealed by the {@link SecretCipher}, so no store ever receives them readable. Lines are safe as
 * a format because none of the values may contain a line break (secrets are base64; credentials go into headers and
 * are refused with control characters).
 */
final class EndpointSealing {

    private static final String FIELD = "\u001f";

    private final SecretCipher cipher;

    EndpointSealing(SecretCipher cipher) {
        this.cipher = cipher;
    }

    StoredEndpoint seal(WebhookEndpoint endpoint) {
        WebhookEndpoint.Snapshot s = endpoint.snapshot();
        return new StoredEndpoint(s.name().value(), s.url().toString(), s.description(), s.eventTypes(),
                cipher.seal(keys(s.keys())), cipher.seal(auth(s.auth())), s.status().enabled(),
                s.status().disabledReason(), s.status().disabledAt(), s.failingSince(), s.source().name(),
                s.createdAt(), s.updatedAt(), s.version());
    }

    /** @throws SecretCipher.UnreadableSecretException naming the endpoint, if its secrets do not open */
    WebhookEndpoint open(StoredEndpoint stored) {
        try {
            return opened(stored);
        } catch (SecretCipher.UnreadableSecretException e) {
            throw new SecretCipher.UnreadableSecretException("webhook endpoint " + stored.name() + ": "
                    + e.getMessage());
        }
    }

    private WebhookEndpoint opened(StoredEndpoint stored) {
        return WebhookEndpoint.restore(new WebhookEndpoint.Snapshot(new EndpointName(stored.name()),
                URI.create(stored.url()), stored.description(), stored.eventTypes(),
                keys(cipher.open(stored.sealedKeys())), auth(cipher.open(stored.sealedAuth())),
                new WebhookEndpoint.Status(stored.enabled(), stored.disabledReason(), stored.disabledAt()),
                stored.failingSince(), WebhookEndpoint.Source.valueOf(stored.source()), stored.createdAt(),
                stored.updatedAt(), stored.version()));
    }

    /** One line per key: the secret, and its expiry in epoch milliseconds for a previous one. */
    private static String keys(List<WebhookEndpoint.Key> keys) {
        StringBuilder text = new StringBuilder();
        for (WebhookEndpoint.Key key : keys) {
            text.append(key.secret().reveal());
            key.expiresAt().ifPresent(at -> text.append(FIELD).append(at.toEpochMilli()));
            text.append('\n');
        }
        return text.toString();
    }

    private static List<WebhookEndpoint.Key> keys(String text) {
        List<WebhookEndpoint.Key> keys = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split(FIELD, -1);
            keys.add(new WebhookEndpoint.Key(SigningSecret.of(parts[0], "secret"),
                    parts.length > 1 ? Optional.of(Instant.ofEpochMilli(Long.parseLong(parts[1]))) : Optional.empty()));
        }
        return keys;
    }

    /** The kind, then its fields, separated by a character no credential may contain. */
    private static String auth(OutboundAuth auth) {
        if (auth instanceof OutboundAuth.Basic basic) {
            return String.join(FIELD, "basic", basic.username(), basic.password());
        }
        if (auth instanceof OutboundAuth.Bearer bearer) {
            return String.join(FIELD, "bearer", bearer.token());
        }
        if (auth instanceof OutboundAuth.Header header) {
            return String.join(FIELD, "header", header.name(), header.value());
        }
        if (auth instanceof OutboundAuth.OAuth2ClientCredentials oauth) {
            return String.join(FIELD, "oauth2", oauth.tokenUrl().toString(), oauth.clientId(), oauth.clientSecret(),
                    oauth.scope().orElse(""));
        }
        return "none";
    }

    private static OutboundAuth auth(String text) {
        String[] f = text.split(FIELD, -1);
        return switch (f[0]) {
            case "none" -> OutboundAuth.NONE;
            case "basic" -> new OutboundAuth.Basic(f[1], f[2]);
            case "bearer" -> new OutboundAuth.Bearer(f[1]);
            case "header" -> new OutboundAuth.Header(f[1], f[2]);
            case "oauth2" -> new OutboundAuth.OAuth2ClientCredentials(URI.create(f[1]), f[2], f[3],
                    f[4].isEmpty() ? Optional.empty() : Optional.of(f[4]));
            default -> throw new IllegalStateException("a stored endpoint's auth has an unknown kind " + f[0]);
        };
    }
}
