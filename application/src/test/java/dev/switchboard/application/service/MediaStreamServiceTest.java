package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.fake.InMemoryCallRecordings;
import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.InMemoryVoiceAssistants;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.in.GetCallRecordingUseCase;
import dev.switchboard.application.port.in.MediaStreamUseCase;
import dev.switchboard.application.port.in.MediaStreamUseCase.Admission;
import dev.switchboard.application.port.in.MediaStreamUseCase.MediaStream;
import dev.switchboard.application.port.in.MediaStreamUseCase.Track;
import dev.switchboard.application.port.out.SecretCipher;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.ChannelSecret;
import dev.switchboard.domain.assistant.ChannelSettings;
import dev.switchboard.domain.assistant.SipTrunks;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaStreamServiceTest {

    private static final String TOKEN = "f0e1d2c3b4a5968778695a4b3c2d1e0f";
    private static final String CALL_SID = "CA1234567890abcdef1234567890abcdef";

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();
    private final InMemoryStore assistantStore = new InMemoryStore();
    private final InMemoryVoiceAssistants assistants = new InMemoryVoiceAssistants(assistantStore);
    private final SecretCipher cipher = new ReversingCipher();
    private final InMemoryCallRecordings recordings = new InMemoryCallRecordings();
    private final VoiceAssistantsService admin = new VoiceAssistantsService(assistants, cipher,
            new InMemoryUnitOfWork(assistantStore), bed.clock, new ScriptedIdGenerator(), count -> new byte[count],
            new SipTrunks(Map.of()), () -> URI.create("https://switchboard.example"), Duration.ofHours(1));
    private final MediaStreamUseCase streams = new MediaStreamService(assistants, cipher,
            new InMemoryUnitOfWork(assistantStore), bed.services, recordings,
            () -> URI.create("https://switchboard.example/prefix"));
    private final GetCallRecordingUseCase recording = new CallRecordingService(recordings);

    @Test
    void aSignedConnectionToAnEnabledTwilioChannelIsAdmitted() {
        SysId assistant = assistantWith(new ChannelSettings.Twilio(true, Optional.empty(),
                Optional.of(ChannelSecret.given(TOKEN, "authToken"))));

        assertThat(streams.admitTwilio(assistant, signedWith(TOKEN))).isEqualTo(Admission.ADMITTED);
        assertThat(streams.admitTwilio(assistant, Optional.empty())).isEqualTo(Admission.NO_SIGNATURE);
        assertThat(streams.admitTwilio(assistant, signedWith("0000000000000000ffffffffffffffff")))
                .isEqualTo(Admission.BAD_SIGNATURE);
        assertThat(streams.admitTwilio(ScriptedIdGenerator.random(), signedWith(TOKEN)))
                .isEqualTo(Admission.UNKNOWN_ASSISTANT);
    }

    @Test
    void anAssistantWithoutAnEnabledTwilioChannelAdmitsNoStream() {
        SysId without = assistantWith(new ChannelSettings.ThreeCLogic(true));
        SysId disabled = assistantWith(new ChannelSettings.Twilio(false, Optional.empty(),
                Optional.of(ChannelSecret.given(TOKEN, "authToken"))));

        assertThat(streams.admitTwilio(without, signedWith(TOKEN))).isEqualTo(Admission.NO_CHANNEL);
        assertThat(streams.admitTwilio(disabled, signedWith(TOKEN))).isEqualTo(Admission.CHANNEL_DISABLED);
    }

    @Test
    void aCallBecomesAnInteractionWithItsDtmfEventsAndASecondBySecondRecording() {
        SysId assistant = ScriptedIdGenerator.random();
        MediaStream stream = streams.open(new MediaStreamUseCase.Call(assistant, ChannelKind.TWILIO, CALL_SID,
                "+14155550100", AudioFormat.MULAW_8K));

        for (int frame = 0; frame < 120; frame++) {
            stream.audio(new byte[160]);
        }
        assertThat(recordings.chunks(stream.interactionId())).hasSize(2); // 2 s stored, 0.4 s buffered
        stream.dtmf("5", 2400);
        stream.dtmf("5", 2400);
        stream.end();
        stream.end();

        Interaction interaction = bed.interaction(stream.interactionId());
        assertThat(interaction.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(interaction.caller().clientSessionId()).isEqualTo(CALL_SID);
        assertThat(interaction.caller().inboundId()).isEqualTo(assistant.value());
        assertThat(interaction.caller().userId()).isEqualTo("+14155550100");
        assertThat(interaction.caller().callerPhoneNumber().value()).isEqualTo("+14155550100");
        assertThat(interaction.recordingUrl()).hasValueSatisfying(url -> assertThat(url.value()).isEqualTo(
                "https://switchboard.example/prefix/api/now/v1/cs/voice-interactions/" + stream.interactionId().value()
                        + "/recording"));
        List<TranscriptMessage> messages = bed.messagesOf(stream.interactionId());
        assertThat(messages).hasSize(2).allSatisfy(message -> {
            assertThat(message.utterance().event()).isTrue();
            assertThat(message.utterance().content()).isEqualTo("5");
            assertThat(message.utterance().offsets().beginMillis()).isEqualTo(2400);
        });
        assertThat(recordings.chunks(stream.interactionId())).hasSize(3);
        assertThat(recording.recording(stream.interactionId())).hasValueSatisfying(wav ->
                assertThat(wav.duration()).isEqualTo(Duration.ofMillis(2400)));
    }

    @Test
    void aCallStreamedAsTwoTracksIsRecordedInStereoTheTracksInStep() {
        MediaStream stream = open(AudioFormat.MULAW_8K_STEREO);

        for (int frame = 0; frame < 60; frame++) {
            stream.audio(Track.INBOUND, frame * 20L, new byte[160]);
            if (frame < 50) { // the outbound track ends 200 ms early: silence there
                stream.audio(Track.OUTBOUND, frame * 20L, new byte[160]);
            }
        }
        assertThat(recordings.chunks(stream.interactionId())).as("a second of stereo stored during the call")
                .hasSize(1);
        assertThatThrownBy(() -> stream.audio(new byte[160])).isInstanceOf(IllegalStateException.class);
        stream.end();

        assertRecorded(stream, AudioFormat.MULAW_8K_STEREO, 1200);
    }

    @Test
    void aMonoStreamRecordsTheInboundTrackOnly() {
        MediaStream stream = open(AudioFormat.MULAW_8K);

        stream.audio(Track.INBOUND, 0, new byte[160]);
        stream.audio(Track.OUTBOUND, 0, new byte[160]);
        stream.end();

        assertRecorded(stream, AudioFormat.MULAW_8K, 20);
    }

    private MediaStream open(AudioFormat format) {
        return streams.open(new MediaStreamUseCase.Call(ScriptedIdGenerator.random(), ChannelKind.TWILIO, CALL_SID,
                "+14155550100", format));
    }

    private void assertRecorded(MediaStream stream, AudioFormat format, long millis) {
        assertThat(recording.recording(stream.interactionId())).hasValueSatisfying(wav -> {
            assertThat(wav.format()).isEqualTo(format);
            assertThat(wav.duration()).isEqualTo(Duration.ofMillis(millis));
        });
    }

    @Test
    void aCallerThatIsNoPhoneNumberIsKeptAsTheUserOnlyAndACallWithoutAudioHasNoRecording() {
        MediaStream browser = streams.open(new MediaStreamUseCase.Call(ScriptedIdGenerator.random(),
                ChannelKind.TWILIO, CALL_SID, "client:alice", AudioFormat.MULAW_8K));
        MediaStream anonymous = streams.open(new MediaStreamUseCase.Call(ScriptedIdGenerator.random(),
                ChannelKind.TWILIO, CALL_SID, null, AudioFormat.MULAW_8K));
        browser.end();
        anonymous.end();

        Interaction interaction = bed.interaction(browser.interactionId());
        assertThat(interaction.caller().userId()).isEqualTo("client:alice");
        assertThat(interaction.caller().callerPhoneNumber()).isNull();
        assertThat(interaction.recordingUrl()).isEmpty();
        assertThat(bed.interaction(anonymous.interactionId()).caller().userId()).isEqualTo("unknown");
        assertThat(recording.recording(browser.interactionId())).isEmpty();
    }

    @Test
    void anythingButAKeypadDigitIsRefusedAndAnEndedStreamTakesNothingMore() {
        MediaStream stream = streams.open(new MediaStreamUseCase.Call(ScriptedIdGenerator.random(),
                ChannelKind.TWILIO, CALL_SID, "+14155550100", AudioFormat.MULAW_8K));

        assertThatThrownBy(() -> stream.dtmf("55", 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> stream.dtmf("x", 0)).isInstanceOf(InvalidValueException.class);
        stream.end();
        assertThatThrownBy(() -> stream.audio(new byte[160])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInteractionClosedOverTheApiDuringTheCallStaysClosedAsItWas() {
        MediaStream stream = streams.open(new MediaStreamUseCase.Call(ScriptedIdGenerator.random(),
                ChannelKind.TWILIO, CALL_SID, "+14155550100", AudioFormat.MULAW_8K));
        stream.audio(new byte[160]);
        bed.close(stream.interactionId(), VoiceInteractionTestBed.RECORDING);

        stream.end();

        assertThat(bed.interaction(stream.interactionId()).recordingUrl()).contains(VoiceInteractionTestBed.RECORDING);
        assertThat(recording.recording(stream.interactionId())).isPresent();
    }

    /** A request signed with this token, as the adapter's check would find. */
    private static Optional<MediaStreamUseCase.SignatureCheck> signedWith(String token) {
        return Optional.of(secret -> secret.matches(token));
    }

    private SysId assistantWith(ChannelSettings channel) {
        return admin.create(new VoiceAssistant.Settings("Front desk", "", "Twilio Voice", List.of(channel)))
                .assistant().id();
    }
}
