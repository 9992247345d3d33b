package dev.switchboard.application.service;

import dev.switchboard.application.port.out.SecretCipher;
import dev.switchboard.application.port.out.StoredAssistant;
import dev.switchboard.domain.assistant.CallContextAuth;
import dev.switchboard.domain.assistant.Channel;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.ChannelSecret;
import dev.switchboard.domain.assistant.RotatingSecret;
import dev.switchboard.domain.assistant.SipAddress;
import dev.switchboard.domain.assistant.SipTrunks;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.assistant.WebOrigin;
import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Between an assistant and what stores keep of it. A channel is written as lines of {@code kind.field=value}: its
 * settings and generated ids into the plain text an operator may read, its secrets into a second text that the
 * {@link SecretCipher} seals, so no store ever receives a secret readable. Lines are safe as a format because no
 * value may hold a line break (numbers, SIP addresses, origins, region names, hexadecimal ids and base64 secrets),
 * and a field name never holds '='.
 */
final class AssistantSealing {

    private final SecretCipher cipher;

    AssistantSealing(SecretCipher cipher) {
        this.cipher = cipher;
    }

    StoredAssistant seal(VoiceAssistant assistant) {
        VoiceAssistant.Snapshot s = assistant.snapshot();
        Lines plain = new Lines();
        Lines secret = new Lines();
        s.channels().values().forEach(channel -> write(channel, plain, secret));
        return new StoredAssistant(s.id().value(), s.name(), s.description(), s.providerApplication(),
                plain.toString(), cipher.seal(secret.toString()), s.createdAt(), s.updatedAt(), s.version());
    }

    /** @throws SecretCipher.UnreadableSecretException naming the assistant, if its secrets do not open */
    VoiceAssistant open(StoredAssistant stored) {
        Map<String, String> plain = Lines.read(stored.channels());
        Map<String, String> secret;
        try {
            secret = Lines.read(cipher.open(stored.sealedSecrets()));
        } catch (SecretCipher.UnreadableSecretException e) {
            throw new SecretCipher.UnreadableSecretException("voice assistant " + stored.id() + ": " + e.getMessage());
        }
        Map<ChannelKind, Channel> channels = new EnumMap<>(ChannelKind.class);
        for (ChannelKind kind : ChannelKind.values()) {
            if (plain.containsKey(kind + ".enabled")) {
                channels.put(kind, read(kind, new Fields(kind, plain), new Fields(kind, secret)));
            }
        }
        return VoiceAssistant.restore(new VoiceAssistant.Snapshot(SysId.of(stored.id()), stored.name(),
                stored.description(), stored.providerApplication(), channels, stored.createdAt(), stored.updatedAt(),
                stored.version()));
    }

    private static void write(Channel channel, Lines plain, Lines secret) {
        String kind = channel.kind().wireName();
        plain.put(kind + ".enabled", Boolean.toString(channel.enabled()));
        if (channel instanceof Channel.Twilio twilio) {
            twilio.liveAgentNumber().ifPresent(number -> plain.put(kind + ".liveAgentNumber", number.value()));
            secret.put(kind + ".authToken", twilio.authToken().reveal());
        } else if (channel instanceof Channel.GenesysAudioConnector genesys) {
            plain.put(kind + ".connectorId", genesys.connectorId());
            rotating(secret, kind + ".clientSecret", genesys.clientSecret());
            rotating(secret, kind + ".apiKey", genesys.apiKey());
        } else if (channel instanceof Channel.GenesysSip sip) {
            plain.put(kind + ".transferAddress", sip.transferAddress().value());
            plain.put(kind + ".region", sip.trunk().region());
            plain.put(kind + ".sipTrunk", sip.trunk().fqdn());
            rotating(secret, kind + ".xSncParam", sip.xSncParam());
        } else if (channel instanceof Channel.AmazonConnect amazon) {
            plain.put(kind + ".callContextAuth", amazon.callContextAuth().wireName());
            plain.put(kind + ".clientId", amazon.clientId());
            rotating(secret, kind + ".clientSecret", amazon.clientSecret());
        } else if (channel instanceof Channel.ThreeCLogic threeCLogic) {
            plain.put(kind + ".clientId", threeCLogic.clientId());
            rotating(secret, kind + ".clientSecret", threeCLogic.clientSecret());
        } else if (channel instanceof Channel.WebRtc webRtc) {
            plain.put(kind + ".allowedOrigins", String.join(" ",
                    webRtc.allowedOrigins().stream().map(WebOrigin::value).toList()));
        }
    }

    private static Channel read(ChannelKind kind, Fields plain, Fields secret) {
        boolean enabled = Boolean.parseBoolean(plain.get("enabled"));
        return switch (kind) {
            case TWILIO -> new Channel.Twilio(enabled, plain.optional("liveAgentNumber").map(E164Number::new),
                    ChannelSecret.restore(secret.get("authToken")));
            case GENESYS_AUDIO_CONNECTOR -> new Channel.GenesysAudioConnector(enabled, plain.get("connectorId"),
                    rotating(secret, "clientSecret"), rotating(secret, "apiKey"));
            case GENESYS_SIP -> new Channel.GenesysSip(enabled,
                    SipAddress.of(plain.get("transferAddress"), "transferAddress"),
                    new SipTrunks.SipTrunk(plain.get("region"), plain.get("sipTrunk")), rotating(secret, "xSncParam"));
            case AMAZON_CONNECT -> new Channel.AmazonConnect(enabled,
                    CallContextAuth.of(plain.get("callContextAuth"), "callContextAuth"), plain.get("clientId"),
                    rotating(secret, "clientSecret"));
            case THREE_C_LOGIC -> new Channel.ThreeCLogic(enabled, plain.get("clientId"),
                    rotating(secret, "clientSecret"));
            case WEBRTC -> new Channel.WebRtc(enabled, Arrays.stream(plain.get("allowedOrigins").split(" "))
                    .map(origin -> WebOrigin.of(origin, "allowedOrigins")).toList());
        };
    }

    /** The current secret; a previous one and the end of its overlap (epoch milliseconds) while it may run. */
    private static void rotating(Lines lines, String field, RotatingSecret secret) {
        lines.put(field, secret.current().reveal());
        secret.previous().ifPresent(previous -> lines.put(field + ".previous", previous.reveal()));
        secret.previousValidUntil().ifPresent(until -> lines.put(field + ".previousValidUntil",
                Long.toString(until.toEpochMilli())));
    }

    private static RotatingSecret rotating(Fields secret, String field) {
        return new RotatingSecret(ChannelSecret.restore(secret.get(field)),
                secret.optional(field + ".previous").map(ChannelSecret::restore),
                secret.optional(field + ".previousValidUntil").map(Long::parseLong).map(Instant::ofEpochMilli));
    }

    /** Lines of {@code field=value}, in the order written. */
    private static final class Lines {

        private final StringBuilder text = new StringBuilder();

        void put(String field, String value) {
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException(field + " holds a line break");
            }
            text.append(field).append('=').append(value).append('\n');
        }

        static Map<String, String> read(String text) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : text.split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    fields.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            return fields;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** The fields of one channel's kind. */
    private record Fields(ChannelKind kind, Map<String, String> all) {

        String get(String field) {
            return optional(field).orElseThrow(() -> new IllegalStateException("a stored " + kind
                    + " channel lacks " + field));
        }

        Optional<String> optional(String field) {
            return Optional.ofNullable(all.get(kind + "." + field));
        }
    }
}
