package dev.switchboard.domain.assistant;

import dev.switchboard.domain.shared.SysId;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The URLs a provider connects to, generated from Switchboard's public URL ({@code switchboard.public-url}) and never
 * from a request's headers, so that no client can make the service hand out a URL of its choosing. They are not
 * stored: they follow from the assistant's id, the channel's kind and the public URL, and move with the service.
 *
 * <pre>
 * Twilio                   wss://HOST/api/switchboard/v1/voice-assistants/{id}/channels/twilio/media
 * Genesys Audio Connector  wss://HOST/api/switchboard/v1/voice-assistants/{id}/channels/genesys-audio-connector
 *                          (the base connection URI: Genesys appends "/" and the connector id)
 * Amazon Connect           https://HOST/api/switchboard/v1/voice-assistants/{id}/channels/amazon-connect/call-context
 *                          https://HOST/api/switchboard/v1/voice-assistants/{id}/channels/amazon-connect/oauth2/token
 * 3CLogic                  wss://HOST/api/switchboard/v1/voice-assistants/{id}/channels/3clogic/media
 * </pre>
 *
 * A public URL with a path prefix ({@code https://example.com/switchboard}) keeps it; {@code http} gives {@code ws}.
 */
public record ChannelAddresses(URI publicUrl) {

    public static final String PATH = "/api/switchboard/v1/voice-assistants/";

    public ChannelAddresses {
        Objects.requireNonNull(publicUrl, "publicUrl");
        String scheme = publicUrl.getScheme() == null ? "" : publicUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || publicUrl.getHost() == null) {
            throw new IllegalArgumentException("the public URL must be an absolute http(s) URL, was " + publicUrl);
        }
    }

    public URI twilioMedia(SysId assistant) {
        return webSocket(assistant, ChannelKind.TWILIO, "/media");
    }

    public URI genesysBaseConnection(SysId assistant) {
        return webSocket(assistant, ChannelKind.GENESYS_AUDIO_CONNECTOR, "");
    }

    public URI amazonCallContext(SysId assistant) {
        return https(assistant, ChannelKind.AMAZON_CONNECT, "/call-context");
    }

    public URI amazonTokenEndpoint(SysId assistant) {
        return https(assistant, ChannelKind.AMAZON_CONNECT, "/oauth2/token");
    }

    public URI threeCLogicMedia(SysId assistant) {
        return webSocket(assistant, ChannelKind.THREE_C_LOGIC, "/media");
    }

    /** The URL a provider of this kind connects to, if the kind has one (Genesys SIP and WebRTC do not). */
    public Optional<URI> connectionUrl(SysId assistant, ChannelKind kind) {
        return switch (kind) {
            case TWILIO -> Optional.of(twilioMedia(assistant));
            case GENESYS_AUDIO_CONNECTOR -> Optional.of(genesysBaseConnection(assistant));
            case AMAZON_CONNECT -> Optional.of(amazonCallContext(assistant));
            case THREE_C_LOGIC -> Optional.of(threeCLogicMedia(assistant));
            case GENESYS_SIP, WEBRTC -> Optional.empty();
        };
    }

    private URI webSocket(SysId assistant, ChannelKind kind, String tail) {
        String scheme = publicUrl.getScheme().equalsIgnoreCase("https") ? "wss" : "ws";
        return URI.create(scheme + base().substring(base().indexOf(':')) + PATH + assistant + "/channels/" + kind + tail);
    }

    private URI https(SysId assistant, ChannelKind kind, String tail) {
        return URI.create(base() + PATH + assistant + "/channels/" + kind + tail);
    }

    private String base() {
        return publicUrl.toString().replaceAll("/+$", "");
    }
}
