package dev.switchboard.domain.assistant;

import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an administrator chooses for a channel, one record per kind; everything else of a {@link Channel} Switchboard
 * generates. {@link #configure} makes the channel: a new one gets new ids and secrets, an existing one keeps its own,
 * so changing a channel's settings never breaks what was pasted into the provider's console.
 */
public sealed interface ChannelSettings {

    ChannelKind kind();

    /** A disabled channel is kept with its credentials, but its provider's connections are refused. */
    boolean enabled();

    /**
     * The channel with these settings.
     *
     * @param existing the assistant's channel of this kind before, if it had one
     */
    Channel configure(Optional<Channel> existing, SipTrunks trunks, RandomSource random);

    /** The API's name of a field of a channel of this kind, as errors name it: {@code channels.twilio.authToken}. */
    static String field(ChannelKind kind, String name) {
        return "channels." + kind.wireName() + "." + name;
    }

    /**
     * @param authToken Twilio's auth token, which signs Twilio's requests (write-only); required when the channel is
     *                  added, kept when an update leaves it out
     */
    record Twilio(boolean enabled, Optional<E164Number> liveAgentNumber, Optional<ChannelSecret> authToken)
            implements ChannelSettings {

        public Twilio {
            Objects.requireNonNull(liveAgentNumber, "liveAgentNumber");
            Objects.requireNonNull(authToken, "authToken");
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.TWILIO;
        }

        @Override
        public Channel configure(Optional<Channel> existing, SipTrunks trunks, RandomSource random) {
            ChannelSecret token = authToken.or(() -> existing.map(channel -> ((Channel.Twilio) channel).authToken()))
                    .orElseThrow(() -> new InvalidValueException(field(kind(), "authToken"),
                            "is required when the channel is added"));
            return new Channel.Twilio(enabled, liveAgentNumber, token);
        }
    }

    record GenesysAudioConnector(boolean enabled) implements ChannelSettings {

        @Override
        public ChannelKind kind() {
            return ChannelKind.GENESYS_AUDIO_CONNECTOR;
        }

        @Override
        public Channel configure(Optional<Channel> existing, SipTrunks trunks, RandomSource random) {
            return existing.map(channel -> (Channel.GenesysAudioConnector) channel)
                    .map(channel -> new Channel.GenesysAudioConnector(enabled, channel.connectorId(),
                            channel.clientSecret(), channel.apiKey()))
                    .orElseGet(() -> new Channel.GenesysAudioConnector(enabled, Channel.newId(random),
                            RotatingSecret.of(ChannelSecret.base64(random)),
                            RotatingSecret.of(ChannelSecret.token(random))));
        }
    }

    /** @param region one of the configured {@link SipTrunks} */
    record GenesysSip(boolean enabled, SipAddress transferAddress, String region) implements ChannelSettings {

        public GenesysSip {
            Objects.requireNonNull(transferAddress, "transferAddress");
            Objects.requireNonNull(region, "region");
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.GENESYS_SIP;
        }

        @Override
        public Channel configure(Optional<Channel> existing, SipTrunks trunks, RandomSource random) {
            SipTrunks.SipTrunk trunk = trunks.trunk(region, field(kind(), "region"));
            RotatingSecret param = existing.map(channel -> ((Channel.GenesysSip) channel).xSncParam())
                    .orElseGet(() -> RotatingSecret.of(ChannelSecret.token(random)));
            return new Channel.GenesysSip(enabled, transferAddress, trunk, param);
        }
    }

    record AmazonConnect(boolean enabled, CallContextAuth callContextAuth) implements ChannelSettings {

        public AmazonConnect {
            Objects.requireNonNull(callContextAuth, "callContextAuth");
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.AMAZON_CONNECT;
        }

        @Override
        public Channel configure(Optional<Channel> existing, SipTrunks trunks, RandomSource random) {
            return existing.map(channel -> (Channel.AmazonConnect) channel)
                    .map(channel -> new Channel.AmazonConnect(enabled, callContextAuth, channel.clientId(),
                            channel.clientSecret()))
                    .orElseGet(() -> new Channel.AmazonConnect(enabled, callContextAuth, Channel.newId(random),
                            RotatingSecret.of(ChannelSecret.token(random))));
        }
    }

    record ThreeCLogic(boolean enabled) implements ChannelSettings {

        @Override
        public ChannelKind kind() {
            return ChannelKind.THREE_C_LOGIC;
        }

        @Override
        public Channel configure(Optional<Channel> existing, SipTrunks trunks, RandomSource random) {
            return existing.map(channel -> (Channel.ThreeCLogic) channel)
                    .map(channel -> new Channel.ThreeCLogic(enabled, channel.clientId(), channel.clientSecret()))
                    .orElseGet(() -> new Channel.ThreeCLogic(enabled, Channel.newId(random),
                            RotatingSecret.of(ChannelSecret.token(random))));
        }
    }

    /** @param allowedOrigins where the browser voice launcher may run; at least one */
    record WebRtc(boolean enabled, List<WebOrigin> allowedOrigins) implements ChannelSettings {

        public static final int MAX_ORIGINS = 100;

        public WebRtc {
            allowedOrigins = List.copyOf(allowedOrigins.stream().distinct().toList());
            if (allowedOrigins.isEmpty()) {
                throw new InvalidValueException(field(ChannelKind.WEBRTC, "allowedOrigins"),
                        "must name at least one origin");
            }
            if (allowedOrigins.size() > MAX_ORIGINS) {
                throw new InvalidValueException(field(ChannelKind.WEBRTC, "allowedOrigins"),
                        "must name at most " + MAX_ORIGINS + " origins");
            }
        }

        @Override
        public ChannelKind kind() {
            return ChannelKind.WEBRTC;
        }

        @Override
        public Channel configure(Optional<Channel> existing, SipTrunks trunks, RandomSource random) {
            return new Channel.WebRtc(enabled, allowedOrigins);
        }
    }
}
