package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.InMemoryVoiceAssistants;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.application.port.out.StoredAssistant;
import dev.switchboard.domain.assistant.AssistantNotFoundException;
import dev.switchboard.domain.assistant.CallContextAuth;
import dev.switchboard.domain.assistant.Channel;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.ChannelSecret;
import dev.switchboard.domain.assistant.ChannelSettings;
import dev.switchboard.domain.assistant.SipAddress;
import dev.switchboard.domain.assistant.SipTrunks;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.assistant.WebOrigin;
import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The assistants' life on the in-memory store, and that no secret reaches the store readable. */
class VoiceAssistantsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration OVERLAP = Duration.ofHours(24);
    private static final String TOKEN = "f0e1d2c3b4a5968778695a4b3c2d1e0f";

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryVoiceAssistants stored = new InMemoryVoiceAssistants(store);
    private final FixedClock clock = new FixedClock(NOW);
    private final SecureRandom secure = new SecureRandom();
    private final VoiceAssistantsService assistants = new VoiceAssistantsService(stored, new ReversingCipher(),
            new InMemoryUnitOfWork(store), clock, new ScriptedIdGenerator(), count -> {
                byte[] bytes = new byte[count];
                secure.nextBytes(bytes);
                return bytes;
            }, new SipTrunks(Map.of("us-east", "sip-us-east.switchboard.example")),
            () -> URI.create("https://switchboard.example"), OVERLAP);

    @Test
    void aCreatedAssistantIsStoredWithNoSecretReadableAndReadBackWhole() {
        VoiceAssistantsUseCase.Configured created = assistants.create(everyChannel());

        VoiceAssistant assistant = created.assistant();
        assertThat(assistant.version()).isEqualTo(1);
        assertThat(created.newSecrets()).containsExactlyInAnyOrder(ChannelKind.GENESYS_AUDIO_CONNECTOR,
                ChannelKind.GENESYS_SIP, ChannelKind.AMAZON_CONNECT, ChannelKind.THREE_C_LOGIC);
        VoiceAssistant read = assistants.get(assistant.id());
        assertThat(read.snapshot()).isEqualTo(assistant.snapshot());
        StoredAssistant row = stored.findById(assistant.id().value()).orElseThrow();
        String everything = row.toString();
        assertThat(everything).doesNotContain(TOKEN);
        for (Channel channel : assistant.channels()) {
            channel.rotatingSecrets().forEach(secret -> assertThat(everything)
                    .doesNotContain(secret.current().reveal()));
        }
        assertThat(row.channels()).contains("genesys-sip.sipTrunk=sip-us-east.switchboard.example")
                .contains("webrtc.allowedOrigins=https://app.example https://other.example:8443");
    }

    @Test
    void anUpdateKeepsTheGeneratedValuesOfChannelsThatStayAndShowsOnlyNewOnes() {
        VoiceAssistant created = assistants.create(everyChannel()).assistant();
        Channel.GenesysAudioConnector genesys = (Channel.GenesysAudioConnector) created
                .channel(ChannelKind.GENESYS_AUDIO_CONNECTOR).orElseThrow();

        VoiceAssistantsUseCase.Configured updated = assistants.update(created.id(), new VoiceAssistant.Settings(
                "Renamed", "d", "Genesys Cloud", List.of(new ChannelSettings.GenesysAudioConnector(false),
                new ChannelSettings.Twilio(true, Optional.empty(), Optional.empty()),
                new ChannelSettings.ThreeCLogic(true))));

        assertThat(updated.newSecrets()).isEmpty();
        VoiceAssistant read = assistants.get(created.id());
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.name()).isEqualTo("Renamed");
        assertThat(read.channel(ChannelKind.GENESYS_AUDIO_CONNECTOR)).hasValueSatisfying(channel ->
                assertThat(((Channel.GenesysAudioConnector) channel).apiKey()).isEqualTo(genesys.apiKey()));
        assertThat(((Channel.Twilio) read.channel(ChannelKind.TWILIO).orElseThrow()).authToken().reveal())
                .isEqualTo(TOKEN);
        assertThat(read.channel(ChannelKind.GENESYS_SIP)).isEmpty();

        VoiceAssistantsUseCase.Configured added = assistants.update(created.id(), new VoiceAssistant.Settings(
                "Renamed", "d", "Genesys Cloud", List.of(new ChannelSettings.AmazonConnect(true,
                CallContextAuth.MTLS))));
        assertThat(added.newSecrets()).containsExactly(ChannelKind.AMAZON_CONNECT);
    }

    @Test
    void aRotationKeepsThePreviousSecretValidForTheOverlap() {
        VoiceAssistant created = assistants.create(everyChannel()).assistant();
        String old = ((Channel.ThreeCLogic) created.channel(ChannelKind.THREE_C_LOGIC).orElseThrow()).clientSecret()
                .current().reveal();

        VoiceAssistantsUseCase.Rotated rotated = assistants.rotateSecrets(created.id(), ChannelKind.THREE_C_LOGIC);

        assertThat(rotated.previousValidUntil()).isEqualTo(NOW.plus(OVERLAP));
        Channel.ThreeCLogic read = (Channel.ThreeCLogic) assistants.get(created.id())
                .channel(ChannelKind.THREE_C_LOGIC).orElseThrow();
        assertThat(read.clientSecret().current().reveal()).isNotEqualTo(old);
        assertThat(read.clientSecret().accepts(old, NOW.plus(OVERLAP).minusMillis(1))).isTrue();
        assertThat(read.clientSecret().accepts(old, NOW.plus(OVERLAP))).isFalse();
        assertThat(stored.findById(created.id().value()).orElseThrow().sealedSecrets()).doesNotContain(old);
    }

    @Test
    void unknownAssistantsAreNotFoundAndBadRegionsNameTheField() {
        SysId none = ScriptedIdGenerator.random();
        assertThatThrownBy(() -> assistants.get(none)).isInstanceOf(AssistantNotFoundException.class);
        assertThatThrownBy(() -> assistants.delete(none)).isInstanceOf(AssistantNotFoundException.class);
        assertThatThrownBy(() -> assistants.rotateSecrets(none, ChannelKind.TWILIO))
                .isInstanceOf(AssistantNotFoundException.class);
        assertThatThrownBy(() -> assistants.create(new VoiceAssistant.Settings("x", "", "p", List.of(
                new ChannelSettings.GenesysSip(true, SipAddress.of("a@b.example", "f"), "eu")))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'channels.genesys-sip.region'");
        assertThat(assistants.list()).isEmpty();
    }

    @Test
    void aDeletedAssistantIsGoneAndTheListIsByName() {
        VoiceAssistant b = assistants.create(new VoiceAssistant.Settings("b", "", "p", List.of())).assistant();
        VoiceAssistant a = assistants.create(new VoiceAssistant.Settings("a", "", "p", List.of())).assistant();
        assertThat(assistants.list()).extracting(VoiceAssistant::id).containsExactly(a.id(), b.id());

        assistants.delete(a.id());

        assertThat(assistants.list()).extracting(VoiceAssistant::id).containsExactly(b.id());
    }

    @Test
    void urlsAreBuiltFromThePublicAddress() {
        SysId id = SysId.of("0123456789abcdef0123456789abcdef");
        assertThat(assistants.addresses().twilioMedia(id)).hasToString(
                "wss://switchboard.example/api/switchboard/v1/voice-assistants/" + id + "/channels/twilio/media");
    }

    private static VoiceAssistant.Settings everyChannel() {
        return new VoiceAssistant.Settings("Front desk", "", "Twilio Voice", List.of(
                new ChannelSettings.Twilio(true, Optional.of(new E164Number("+14155550100")),
                        Optional.of(ChannelSecret.given(TOKEN, "authToken"))),
                new ChannelSettings.GenesysAudioConnector(true),
                new ChannelSettings.GenesysSip(true, SipAddress.of("agent@genesys.example", "f"), "us-east"),
                new ChannelSettings.AmazonConnect(true, CallContextAuth.OAUTH2),
                new ChannelSettings.ThreeCLogic(true),
                new ChannelSettings.WebRtc(true, List.of(WebOrigin.of("https://app.example", "f"),
                        WebOrigin.of("https://other.example:8443", "f")))));
    }
}
