package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.fake.InMemoryCallRecordings;
import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.InMemoryVoiceAssistants;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.in.ThreeClogicCallsUseCase;
import dev.switchboard.application.port.in.ThreeClogicCallsUseCase.Admission;
import dev.switchboard.domain.assistant.Channel;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.ChannelSettings;
import dev.switchboard.domain.assistant.SipTrunks;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 3CLogic's admission and calls on the in-memory stores, with a clock the test moves past a rotation's overlap. */
class ThreeClogicCallsServiceTest {

    private static final Duration OVERLAP = Duration.ofHours(1);

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();
    private final InMemoryStore store = new InMemoryStore();
    private final SecureRandom secure = new SecureRandom();
    private final VoiceAssistantsService assistants = new VoiceAssistantsService(new InMemoryVoiceAssistants(store),
            new ReversingCipher(), new InMemoryUnitOfWork(store), bed.clock, new ScriptedIdGenerator(), count -> {
                byte[] bytes = new byte[count];
                secure.nextBytes(bytes);
                return bytes;
            }, SipTrunks.NONE, () -> URI.create("https://switchboard.example"), OVERLAP);
    private final InMemoryCallRecordings recordings = new InMemoryCallRecordings();
    private final ThreeClogicCallsUseCase calls = new ThreeClogicCallsService(assistants,
            bed.services.startVoiceInteraction(), bed.services.addMessages(), bed.services.endVoiceInteraction(),
            bed.clock, recordings, () -> URI.create("https://switchboard.example"));

    private SysId assistantId;

    @Test
    void theChannelsClientIsAdmittedAndACallOpensAndClosesItsInteraction() {
        Channel.ThreeCLogic channel = create(true);

        assertThat(calls.admit(assistantId, channel.clientId(), secret(channel))).isEqualTo(Admission.ADMITTED);
        SysId interactionId = calls.startCall(assistantId, "call-1", "+14155550123");
        calls.dtmf(interactionId, "5", 1);
        calls.dtmf(interactionId, "5", 2);
        calls.endCall(interactionId);
        calls.endCall(interactionId);

        Interaction interaction = bed.interaction(interactionId);
        assertThat(interaction.caller().clientSessionId()).isEqualTo("call-1");
        assertThat(interaction.caller().userId()).isEqualTo("+14155550123");
        assertThat(interaction.caller().callerPhoneNumber().value()).isEqualTo("+14155550123");
        assertThat(interaction.caller().inboundId()).isEqualTo(assistantId.value());
        assertThat(interaction.isClosed()).isTrue();
        assertThat(bed.messagesOf(interactionId)).hasSize(2)
                .allSatisfy(message -> assertThat(message.utterance().event()).isTrue());
    }

    @Test
    void aCallerThatIsNoNumberIsKeptAsUserIdOnlyAndACallNeedsAnId() {
        create(true);

        SysId withheld = calls.startCall(assistantId, "call-2", null);
        SysId extension = calls.startCall(assistantId, "call-3", "ext 204");

        assertThat(bed.interaction(withheld).caller().userId()).isEqualTo("anonymous");
        assertThat(bed.interaction(extension).caller().userId()).isEqualTo("ext 204");
        assertThat(bed.interaction(extension).caller().callerPhoneNumber()).isNull();
        assertThatThrownBy(() -> calls.startCall(assistantId, " ", "+14155550123"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'callId'");
        assertThatThrownBy(() -> calls.dtmf(withheld, "55", 1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'digit'");
    }

    @Test
    void refusalsSayWhyInTheOrderThatRevealsNothingToAStranger() {
        Channel.ThreeCLogic channel = create(false);

        assertThat(calls.admit(SysId.of("0123456789abcdef0123456789abcdef"), channel.clientId(), secret(channel)))
                .isEqualTo(Admission.UNKNOWN_ASSISTANT);
        assertThat(calls.admit(assistantId, null, null)).isEqualTo(Admission.NO_CREDENTIALS);
        assertThat(calls.admit(assistantId, "someone", secret(channel))).isEqualTo(Admission.UNKNOWN_CLIENT_ID);
        assertThat(calls.admit(assistantId, channel.clientId(), "nope")).isEqualTo(Admission.WRONG_SECRET);
        assertThat(calls.admit(assistantId, channel.clientId(), secret(channel)))
                .as("only the right client learns that the channel is disabled").isEqualTo(Admission.CHANNEL_DISABLED);

        SysId without = assistants.create(new VoiceAssistant.Settings("Other", "", "3CLogic", List.of()))
                .assistant().id();
        assertThat(calls.admit(without, channel.clientId(), secret(channel))).isEqualTo(Admission.NO_CHANNEL);
    }

    @Test
    void aRotatedSecretIsAcceptedUntilItsOverlapEnds() {
        Channel.ThreeCLogic before = create(true);
        Channel.ThreeCLogic after = (Channel.ThreeCLogic) assistants.rotateSecrets(assistantId,
                ChannelKind.THREE_C_LOGIC).assistant().channel(ChannelKind.THREE_C_LOGIC).orElseThrow();

        assertThat(calls.admit(assistantId, after.clientId(), secret(after))).isEqualTo(Admission.ADMITTED);
        assertThat(calls.admit(assistantId, before.clientId(), secret(before))).isEqualTo(Admission.ADMITTED);
        bed.clock.advance(OVERLAP);
        assertThat(calls.admit(assistantId, before.clientId(), secret(before))).isEqualTo(Admission.WRONG_SECRET);
        assertThat(calls.admit(assistantId, after.clientId(), secret(after))).isEqualTo(Admission.ADMITTED);
    }

    private Channel.ThreeCLogic create(boolean enabled) {
        VoiceAssistant assistant = assistants.create(new VoiceAssistant.Settings("Front desk", "", "3CLogic",
                List.of(new ChannelSettings.ThreeCLogic(enabled)))).assistant();
        assistantId = assistant.id();
        return (Channel.ThreeCLogic) assistant.channel(ChannelKind.THREE_C_LOGIC).orElseThrow();
    }

    private static String secret(Channel.ThreeCLogic channel) {
        return channel.clientSecret().current().reveal();
    }
}
