package dev.switchboard.application.service;

import dev.switchboard.application.port.in.AudioHookSessionsUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.PublicAddress;
import dev.switchboard.application.port.out.SecretCipher;
import dev.switchboard.application.port.out.SeenNonces;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.VoiceAssistants;
import dev.switchboard.domain.assistant.Channel;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.ChannelSecret;
import dev.switchboard.domain.assistant.RotatingSecret;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Genesys' Audio Connector sessions. The handshake is checked in the order that tells an honest but misconfigured
 * Genesys the most without telling a stranger anything secret: the assistant and its connector (a 404 names no
 * credential), the channel being enabled, the API key, then the signature. Only a handshake that passes everything
 * uses up its nonce, so a stranger cannot burn the nonces of real requests by sending them with a bad signature.
 *
 * <p>The secrets are read for each handshake, so a rotation or a disabled channel takes effect at the next call.
 */
public final class AudioHookSessions implements AudioHookSessionsUseCase {

    /** The AudioHook specification: a signature is accepted for at most 10 s after it was created. */
    public static final Duration MAX_SIGNATURE_AGE = Duration.ofSeconds(10);
    /** How far ahead of our clock a signature's creation may be: the two clocks are never quite the same. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(3);
    /** The algorithm the specification names; a signer may also leave it out (the key decides). */
    public static final String ALGORITHM = "hmac-sha256";

    /** The ANI's optional {@code tel:} scheme, before an E.164 number. */
    private static final Pattern TEL = Pattern.compile("^tel:", Pattern.CASE_INSENSITIVE);
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    /** The caller when Genesys sends no ANI (a withheld number). */
    static final String ANONYMOUS = "anonymous";

    private final VoiceAssistants assistants;
    private final AssistantSealing sealing;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SeenNonces nonces;
    private final StartVoiceInteractionUseCase start;
    private final EndVoiceInteractionUseCase end;
    private final CallRecordings recordings;
    private final PublicAddress publicAddress;
    /** The recordings of this instance's open sessions (a session's messages are handled one at a time). */
    private final Map<SysId, CallRecorder> recorders = new ConcurrentHashMap<>();

    public AudioHookSessions(VoiceAssistants assistants, SecretCipher cipher, UnitOfWork unitOfWork, Clock clock,
                             SeenNonces nonces, StartVoiceInteractionUseCase start, EndVoiceInteractionUseCase end,
                             CallRecordings recordings, PublicAddress publicAddress) {
        this.assistants = assistants;
        this.sealing = new AssistantSealing(cipher);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.nonces = nonces;
        this.start = start;
        this.end = end;
        this.recordings = recordings;
        this.publicAddress = publicAddress;
    }

    @Override
    public Admission admit(Handshake handshake) {
        if (handshake.assistantId() == null || !SysId.isWellFormed(handshake.assistantId())) {
            return new Refused(Refusal.UNKNOWN_ASSISTANT);
        }
        Optional<VoiceAssistant> assistant = unitOfWork.run(() ->
                assistants.findById(handshake.assistantId()).map(sealing::open));
        if (assistant.isEmpty()) {
            return new Refused(Refusal.UNKNOWN_ASSISTANT);
        }
        Optional<Channel> channel = assistant.get().channel(ChannelKind.GENESYS_AUDIO_CONNECTOR);
        if (channel.isEmpty() || !(channel.get() instanceof Channel.GenesysAudioConnector connector)
                || !connector.connectorId().equals(handshake.connectorId())) {
            return new Refused(Refusal.UNKNOWN_CONNECTOR);
        }
        if (!connector.enabled()) {
            return new Refused(Refusal.CHANNEL_DISABLED);
        }
        Instant now = clock.now();
        if (handshake.apiKey() == null || !connector.apiKey().accepts(handshake.apiKey(), now)) {
            return new Refused(Refusal.BAD_API_KEY);
        }
        return checkSignature(handshake, connector, now).<Admission>map(Refused::new)
                .orElseGet(() -> new Admitted(assistant.get().id()));
    }

    /** The reason the signature is refused, if it is; an accepted one has used up its nonce. */
    private Optional<Refusal> checkSignature(Handshake handshake, Channel.GenesysAudioConnector connector,
                                             Instant now) {
        if (handshake.signature().isEmpty()) {
            return Optional.of(Refusal.BAD_SIGNATURE);
        }
        SignedRequest signature = handshake.signature().get();
        if (!handshake.apiKey().equals(signature.keyId())
                || signature.alg().map(alg -> !alg.equals(ALGORITHM)).orElse(false)) {
            return Optional.of(Refusal.BAD_SIGNATURE);
        }
        if (signature.nonce() == null || signature.nonce().length() < Refusal.MIN_NONCE_LENGTH) {
            return Optional.of(Refusal.SHORT_NONCE);
        }
        Instant created = Instant.ofEpochSecond(signature.created());
        if (created.isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.of(Refusal.FUTURE_SIGNATURE);
        }
        if (created.plus(MAX_SIGNATURE_AGE).isBefore(now) || signature.expires().isPresent()
                && Instant.ofEpochSecond(signature.expires().getAsLong()).isBefore(now)) {
            return Optional.of(Refusal.STALE_SIGNATURE);
        }
        if (keys(connector.clientSecret(), now).stream().noneMatch(signature::signedWith)) {
            return Optional.of(Refusal.BAD_SIGNATURE);
        }
        // Remembered while the signature could pass the age check, with the skew either side.
        if (!nonces.firstUse(connector.connectorId() + " " + signature.nonce(),
                created.plus(MAX_SIGNATURE_AGE).plus(CLOCK_SKEW).plus(CLOCK_SKEW))) {
            return Optional.of(Refusal.REPLAYED_NONCE);
        }
        return Optional.empty();
    }

    /** The HMAC keys: the client secrets accepted now, base64-decoded as Genesys uses them. */
    private static List<byte[]> keys(RotatingSecret clientSecret, Instant now) {
        List<byte[]> keys = new ArrayList<>();
        keys.add(decoded(clientSecret.current()));
        if (clientSecret.previousValidAt(now)) {
            keys.add(decoded(clientSecret.previous().orElseThrow()));
        }
        return keys;
    }

    private static byte[] decoded(ChannelSecret secret) {
        return Base64.getDecoder().decode(secret.reveal());
    }

    @Override
    public SysId open(SysId assistantId, Call call) {
        String ani = call.ani() == null || call.ani().isBlank() ? null : call.ani().strip();
        String number = ani == null ? null : TEL.matcher(ani).replaceFirst("");
        SysId interaction = start.startVoiceInteraction(new StartVoiceInteractionUseCase.Command(CallerDetails.of(
                ani == null ? ANONYMOUS : ani, null, number != null && E164.matcher(number).matches() ? number : null,
                call.conversationId(), assistantId.value())));
        recorders.put(interaction, new CallRecorder(recordings, interaction,
                call.channels() == 2 ? AudioFormat.MULAW_8K_STEREO : AudioFormat.MULAW_8K));
        return interaction;
    }

    /** Audio of an open session: kept as the call's recording, about a second at a time. */
    @Override
    public void audio(SysId interactionId, byte[] frame) {
        CallRecorder recorder = recorders.get(interactionId);
        if (recorder != null) {
            recorder.audio(frame);
        }
    }

    /**
     * Stores the audio still buffered and closes the interaction with its recording's URL (none when no audio
     * arrived). Repeating it changes nothing.
     */
    @Override
    public void close(SysId interactionId, AudioReceived audio) {
        CallRecorder recorder = recorders.remove(interactionId);
        RecordingUrl url = null;
        try {
            if (recorder != null) {
                recorder.flush();
            }
        } finally {
            if (recorder != null) {
                url = recorder.url(publicAddress.baseUrl()).orElse(null);
            }
            end.endVoiceInteraction(new EndVoiceInteractionUseCase.Command(interactionId, url));
        }
    }
}
