package dev.switchboard.adapter.webhook.delivery;

import dev.switchboard.adapter.webhook.signing.Signer;
import java.net.URI;
import java.util.Objects;

/**
 * Where one channel's messages go and how they are signed.
 *
 * @param channel the configured channel's name, for log lines
 */
public record Endpoint(String channel, URI url, Signer signer) {

    public Endpoint {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(signer, "signer");
    }
}
