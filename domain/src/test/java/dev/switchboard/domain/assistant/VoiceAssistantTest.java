package dev.switchboard.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VoiceAssistantTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final SysId ID = SysId.of("0123456789abcdef0123456789abcdef");
    private static final SipTrunks TRUNKS = new SipTrunks(Map.of("us-east", "sip-us-east.switchboard.example"));
    private static final ChannelSecret TOKEN = ChannelSecret.given("f0e1d2c3b4a5968778695a4b3c2d1e0f", "authToken");

    /** Each call's bytes all hold the call's number: every generated value differs from the one before. */
    private final AtomicInteger calls = new AtomicInteger();
    private final RandomSource random = count -> {
        byte[] bytes = new byte[count];
        java.util.Arrays.fill(bytes, (byte) calls.incrementAndGet());
        return bytes;
    };

    private final VoiceAssistant assistant = VoiceAssistant.create(ID, settings(List.of(
            new ChannelSettings.Twilio(true, Optional.of(new E164Number("+14155550100")), Optional.of(TOKEN)),
            new ChannelSettings.GenesysAudioConnector(true),
            new ChannelSettings.GenesysSip(true, SipAddress.of("agent@genesys.example", "f"), "us-east"),
            new ChannelSettings.AmazonConnect(true, CallContextAuth.OAUTH2),
            new ChannelSettings.ThreeCLogic(true),
            new ChannelSettings.WebRtc(true, List.of(WebOrigin.of("https://app.example", "f"))))), TRUNKS, random,
            NOW);

    @Test
    void aNewAssistantHasEveryChannelWithGeneratedValuesOfTheirShapes() {
        assertThat(assistant.version()).isZero();
        assertThat(assistant.channels()).extracting(Channel::kind).containsExactly(ChannelKind.values());
        Channel.GenesysAudioConnector genesys = (Channel.GenesysAudioConnector) assistant
                .channel(ChannelKind.GENESYS_AUDIO_CONNECTOR).orElseThrow();
        assertThat(genesys.connectorId()).matches("[0-9a-f]{32}");
        assertThat(java.util.Base64.getDecoder().decode(genesys.clientSecret().current().reveal())).hasSize(32);
        assertThat(genesys.apiKey().current().reveal()).matches("[A-Za-z0-9_-]{43}");
        Channel.GenesysSip sip = (Channel.GenesysSip) assistant.channel(ChannelKind.GENESYS_SIP).orElseThrow();
        assertThat(sip.trunk().fqdn()).isEqualTo("sip-us-east.switchboard.example");
        assertThat(sip.xSncParam().current()).isNotEqualTo(genesys.apiKey().current());
    }

    @Test
    void reconfiguringKeepsTheGeneratedValuesOfChannelsThatStayAndTheWriteOnlyToken() {
        Channel.ThreeCLogic before = (Channel.ThreeCLogic) assistant.channel(ChannelKind.THREE_C_LOGIC).orElseThrow();

        VoiceAssistant changed = assistant.reconfigure(settings(List.of(
                new ChannelSettings.Twilio(false, Optional.empty(), Optional.empty()),
                new ChannelSettings.ThreeCLogic(false))), TRUNKS, random, NOW.plusSeconds(5));

        assertThat(changed.channels()).extracting(Channel::kind)
                .containsExactly(ChannelKind.TWILIO, ChannelKind.THREE_C_LOGIC);
        assertThat(((Channel.Twilio) changed.channel(ChannelKind.TWILIO).orElseThrow()).authToken()).isEqualTo(TOKEN);
        Channel.ThreeCLogic after = (Channel.ThreeCLogic) changed.channel(ChannelKind.THREE_C_LOGIC).orElseThrow();
        assertThat(after.clientSecret()).isEqualTo(before.clientSecret());
        assertThat(after.clientId()).isEqualTo(before.clientId());
        assertThat(after.enabled()).isFalse();
        assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(changed.createdAt()).isEqualTo(NOW);
    }

    @Test
    void aTwilioChannelAddedWithoutItsTokenIsRefusedNamingTheField() {
        VoiceAssistant bare = VoiceAssistant.create(ID, settings(List.of()), TRUNKS, random, NOW);
        assertThatThrownBy(() -> bare.reconfigure(settings(List.of(new ChannelSettings.Twilio(true, Optional.empty(),
                Optional.empty()))), TRUNKS, random, NOW)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'channels.twilio.authToken'");
    }

    @Test
    void rotatingKeepsThePreviousSecretValidForTheOverlap() {
        Channel.AmazonConnect before = (Channel.AmazonConnect) assistant.channel(ChannelKind.AMAZON_CONNECT)
                .orElseThrow();
        String old = before.clientSecret().current().reveal();

        VoiceAssistant rotated = assistant.rotate(ChannelKind.AMAZON_CONNECT, random, Duration.ofHours(1), NOW);

        RotatingSecret secret = ((Channel.AmazonConnect) rotated.channel(ChannelKind.AMAZON_CONNECT).orElseThrow())
                .clientSecret();
        assertThat(secret.current().reveal()).isNotEqualTo(old);
        assertThat(secret.accepts(old, NOW.plusSeconds(3599))).isTrue();
        assertThat(secret.accepts(old, NOW.plusSeconds(3600))).isFalse();
        assertThat(secret.accepts(secret.current().reveal(), NOW.plusSeconds(7200))).isTrue();
        assertThat(secret.accepts("anything else", NOW)).isFalse();
    }

    @Test
    void aChannelWithoutGeneratedSecretOrAMissingOneCannotRotate() {
        assertThatThrownBy(() -> assistant.rotate(ChannelKind.TWILIO, random, Duration.ZERO, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'kind'")
                .hasMessageContaining("auth token");
        VoiceAssistant bare = VoiceAssistant.create(ID, settings(List.of()), TRUNKS, random, NOW);
        assertThatThrownBy(() -> bare.rotate(ChannelKind.THREE_C_LOGIC, random, Duration.ZERO, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no 3clogic channel");
    }

    @Test
    void settingsRequireANameAndAProviderApplicationAndOneChannelPerKind() {
        assertThatThrownBy(() -> new VoiceAssistant.Settings("a", "", " ", List.of()))
                .hasMessageContaining("'providerApplication'");
        assertThatThrownBy(() -> new VoiceAssistant.Settings("", "", "Twilio Voice", List.of()))
                .hasMessageContaining("'name'");
        assertThatThrownBy(() -> settings(List.of(new ChannelSettings.ThreeCLogic(true),
                new ChannelSettings.ThreeCLogic(false)))).hasMessageContaining("'channels'");
    }

    @Test
    void anUnknownRegionIsRefusedNamingTheFieldAndTheConfiguredOnes() {
        assertThatThrownBy(() -> VoiceAssistant.create(ID, settings(List.of(new ChannelSettings.GenesysSip(true,
                SipAddress.of("a@b.example", "f"), "mars"))), TRUNKS, random, NOW))
                .hasMessageContaining("'channels.genesys-sip.region'").hasMessageContaining("[us-east]");
    }

    @Test
    void noSecretShowsInToString() {
        assertThat(assistant.toString() + assistant.snapshot().channels()).doesNotContain(TOKEN.reveal());
        assertThat(TOKEN.masked()).isEqualTo("****1e0f");
    }

    private static VoiceAssistant.Settings settings(List<ChannelSettings> channels) {
        return new VoiceAssistant.Settings("Front desk", "", "Twilio Voice", channels);
    }
}
