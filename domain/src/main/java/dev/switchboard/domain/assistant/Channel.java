package dev.switchboard.domain.assistant;

import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel of a voice assistant, one record per kind: the administrator's settings ({@link ChannelSettings}) and
 * the values Switchboard generated for it. The generated URLs are not here: they follow from the assistant's id
 * ({@link ChannelAddresses}). Secrets are {@link ChannelSecret}s, so no {@code toString} of a channel shows one.
 */
public sealed interface Channel {

    ChannelKind kind();

    boolean enabled();

    /** The settings this channel was made with; a write-only secret is given back, for an update that keeps it. */
    ChannelSettings settings();

    /**
     * New generated secrets; the ones they replace are accepted until {@code now + overlap}.
     *
     * @throws InvalidValueException naming {@code kind} when this kind has no generated secret
     */
    default Channel rotate(RandomSource random, Duration overlap, Instant now) {
        throw new InvalidValueException("kind", kind() + " has no generated secret to rotate"
                + (kind() == ChannelKind.TWILIO ? "; Twilio's auth token is Twilio's own: set a new one with an update"
                : ""));
    }

    /** The channel's rotating secrets, for the end of an overlap; none for a kind without generated secrets. */
    default List<RotatingSecret> rotatingSecrets() {
        return List.of();
    }

    /** A generated id: 32 hexadecimal characters from 16 random bytes. Not a secret. */
    static String newId(RandomSource random) {
        return HexFormat.of().formatHex(random.bytes(16));
    }

    /**
     * Twilio Media Streams over WebSocket; Twilio signs its requests with the account's auth token.
     *
     * @param liveAgentNumber where a caller is transferred to reach a person
     */
    record Twilio(boolean enabled, Optional<E164Number> liveAgentNumber, ChannelSecret authToken) implements Channel {

        public Twilio {
            Objects.requireNonNull(liveAgentNumber, "liveAgentNumber");
            Objects.requireNonNull(authToken, "authToken");
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.TWILIO;
        }

        @Override
        public ChannelSettings settings() {
            return new ChannelSettings.Twilio(enabled, liveAgentNumber, Optional.of(authToken));
        }
    }

    /**
     * Genesys Cloud's Audio Connector (AudioHook): Genesys dials the base connection URI followed by {@code /} and
     * the connector id, with the API key in {@code X-API-KEY} and a signature made with the client secret.
     */
    record GenesysAudioConnector(boolean enabled, String connectorId, RotatingSecret clientSecret,
                                 RotatingSecret apiKey) implements Channel {

        public GenesysAudioConnector {
            Objects.requireNonNull(connectorId, "connectorId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(apiKey, "apiKey");
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.GENESYS_AUDIO_CONNECTOR;
        }

        @Override
        public ChannelSettings settings() {
            return new ChannelSettings.GenesysAudioConnector(enabled);
        }

        @Override
        public Channel rotate(RandomSource random, Duration overlap, Instant now) {
            return new GenesysAudioConnector(enabled, connectorId,
                    clientSecret.rotate(ChannelSecret.base64(random), overlap, now),
                    apiKey.rotate(ChannelSecret.token(random), overlap, now));
        }

        @Override
        public List<RotatingSecret> rotatingSecrets() {
            return List.of(clientSecret, apiKey);
        }
    }

    /**
     * Genesys over SIP: calls arrive on the chosen region's trunk carrying the {@code x-snc-param}, and are handed
     * back to Genesys with a SIP REFER to the transfer address.
     */
    record GenesysSip(boolean enabled, SipAddress transferAddress, SipTrunks.SipTrunk trunk,
                      RotatingSecret xSncParam) implements Channel {

        /** Genesys takes a call back by REFER; not a setting. */
        public static final String TRANSFER_METHOD = "REFER";

        public GenesysSip {
            Objects.requireNonNull(transferAddress, "transferAddress");
            Objects.requireNonNull(trunk, "trunk");
            Objects.requireNonNull(xSncParam, "xSncParam");
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.GENESYS_SIP;
        }

        @Override
        public ChannelSettings settings() {
            return new ChannelSettings.GenesysSip(enabled, transferAddress, trunk.region());
        }

        @Override
        public Channel rotate(RandomSource random, Duration overlap, Instant now) {
            return new GenesysSip(enabled, transferAddress, trunk,
                    xSncParam.rotate(ChannelSecret.token(random), overlap, now));
        }

        @Override
        public List<RotatingSecret> rotatingSecrets() {
            return List.of(xSncParam);
        }
    }

    /**
     * Amazon Connect over the PSTN: the contact flow posts the call context to the generated URL, authenticated by
     * a client certificate or by an OAuth2 token for the generated client; the call ends towards Connect with a BYE.
     * The client id and secret are generated for either choice, so that switching to OAuth2 needs no new values.
     */
    record AmazonConnect(boolean enabled, CallContextAuth callContextAuth, String clientId,
                         RotatingSecret clientSecret) implements Channel {

        /** Amazon Connect takes a call back when Switchboard hangs up (BYE); not a setting. */
        public static final String TRANSFER_METHOD = "BYE";

        public AmazonConnect {
            Objects.requireNonNull(callContextAuth, "callContextAuth");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.AMAZON_CONNECT;
        }

        @Override
        public ChannelSettings settings() {
            return new ChannelSettings.AmazonConnect(enabled, callContextAuth);
        }

        @Override
        public Channel rotate(RandomSource random, Duration overlap, Instant now) {
            return new AmazonConnect(enabled, callContextAuth, clientId,
                    clientSecret.rotate(ChannelSecret.token(random), overlap, now));
        }

        @Override
        public List<RotatingSecret> rotatingSecrets() {
            return List.of(clientSecret);
        }
    }

    /** 3CLogic over WebSocket, authenticated with the generated client id and secret. */
    record ThreeCLogic(boolean enabled, String clientId, RotatingSecret clientSecret) implements Channel {

        public ThreeCLogic {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.THREE_C_LOGIC;
        }

        @Override
        public ChannelSettings settings() {
            return new ChannelSettings.ThreeCLogic(enabled);
        }

        @Override
        public Channel rotate(RandomSource random, Duration overlap, Instant now) {
            return new ThreeCLogic(enabled, clientId, clientSecret.rotate(ChannelSecret.token(random), overlap, now));
        }

        @Override
        public List<RotatingSecret> rotatingSecrets() {
            return List.of(clientSecret);
        }
    }

    /** The browser voice launcher; its page must run on one of the allowed origins. */
    record WebRtc(boolean enabled, List<WebOrigin> allowedOrigins) implements Channel {

        public WebRtc {
            allowedOrigins = List.copyOf(allowedOrigins);
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.WEBRTC;
        }

        @Override
        public ChannelSettings settings() {
            return new ChannelSettings.WebRtc(enabled, allowedOrigins);
        }
    }
}
