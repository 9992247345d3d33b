package dev.switchboard.application.service;

import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.ThreeClogicCallsUseCase;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.PublicAddress;
import dev.switchboard.domain.assistant.AssistantNotFoundException;
import dev.switchboard.domain.assistant.Channel;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * 3CLogic's calls, orchestrated from the use cases that own what they touch: the assistant's channel as an
 * administrator configured it ({@link VoiceAssistantsUseCase}), and the interaction a call opens, its DTMF events and
 * its end (the voice interaction slice). Nothing is stored here, so a refused connection leaves nothing behind.
 */
public final class ThreeClogicCallsService implements ThreeClogicCallsUseCase {

    /** The userId of a call whose caller 3CLogic does not know (a withheld number). */
    static final String ANONYMOUS = "anonymous";
    private static final Pattern DIGIT = Pattern.compile("[0-9*#A-D]");

    private final VoiceAssistantsUseCase assistants;
    private final StartVoiceInteractionUseCase start;
    private final AddVoiceInteractionMessagesUseCase addMessages;
    private final EndVoiceInteractionUseCase end;
    private final Clock clock;
    private final CallRecordings recordings;
    private final PublicAddress publicAddress;
    /** The recordings of this instance's calls in progress (a call's frames are handled one at a time). */
    private final Map<SysId, CallRecorder> recorders = new ConcurrentHashMap<>();

    public ThreeClogicCallsService(VoiceAssistantsUseCase assistants, StartVoiceInteractionUseCase start,
                                   AddVoiceInteractionMessagesUseCase addMessages, EndVoiceInteractionUseCase end,
                                   Clock clock, CallRecordings recordings, PublicAddress publicAddress) {
        this.assistants = assistants;
        this.start = start;
        this.addMessages = addMessages;
        this.end = end;
        this.clock = clock;
        this.recordings = recordings;
        this.publicAddress = publicAddress;
    }

    @Override
    public Admission admit(SysId assistantId, String clientId, String clientSecret) {
        Optional<Channel> found;
        try {
            found = assistants.get(assistantId).channel(ChannelKind.THREE_C_LOGIC);
        } catch (AssistantNotFoundException e) {
            return Admission.UNKNOWN_ASSISTANT;
        }
        if (found.isEmpty()) {
            return Admission.NO_CHANNEL;
        }
        Channel.ThreeCLogic channel = (Channel.ThreeCLogic) found.get();
        if (clientId == null || clientSecret == null) {
            return Admission.NO_CREDENTIALS;
        }
        if (!sameText(channel.clientId(), clientId)) {
            return Admission.UNKNOWN_CLIENT_ID;
        }
        if (!channel.clientSecret().accepts(clientSecret, clock.now())) {
            return Admission.WRONG_SECRET;
        }
        return channel.enabled() ? Admission.ADMITTED : Admission.CHANNEL_DISABLED;
    }

    @Override
    public SysId startCall(SysId assistantId, String callId, String caller) {
        String sessionId = Text.atMost(Text.required(callId, "callId"), Text.MAX_LABEL_LENGTH, "callId");
        String from = Text.atMost(Text.blankToNull(caller), Text.MAX_LABEL_LENGTH, "caller");
        CallerDetails details = new CallerDetails(from == null ? ANONYMOUS : from, null, e164(from), sessionId,
                assistantId.value());
        SysId interaction = start.startVoiceInteraction(new StartVoiceInteractionUseCase.Command(details));
        recorders.put(interaction, new CallRecorder(recordings, interaction, AudioFormat.MULAW_8K));
        return interaction;
    }

    @Override
    public void audio(SysId interactionId, byte[] frame) {
        CallRecorder recorder = recorders.get(interactionId);
        if (recorder != null) {
            recorder.audio(frame);
        }
    }

    @Override
    public void dtmf(SysId interactionId, String digit, int sequence) {
        if (digit == null || !DIGIT.matcher(digit).matches()) {
            throw new InvalidValueException("digit", "must be one of 0-9, *, #, A-D");
        }
        // The protocol has no timestamps: the press is an event at the start of the call, told apart by its number.
        Utterance event = new Utterance(Participant.CUSTOMER, digit, new OffsetRange(0, 0), null, null, false, true,
                "3clogic-dtmf-" + sequence, null);
        addMessages.addMessagesAndWait(new AddVoiceInteractionMessagesUseCase.Command(interactionId, List.of(event)));
    }

    /** Stores the audio still buffered, then closes the interaction with its recording's URL (none without audio). */
    @Override
    public void endCall(SysId interactionId) {
        CallRecorder recorder = recorders.remove(interactionId);
        try {
            if (recorder != null) {
                recorder.flush();
            }
        } finally {
            RecordingUrl url = recorder == null ? null : recorder.url(publicAddress.baseUrl()).orElse(null);
            end.endVoiceInteraction(new EndVoiceInteractionUseCase.Command(interactionId, url));
        }
    }

    /** The caller as a callback number, when it is one: 3CLogic may send an extension, a name or nothing. */
    private static E164Number e164(String caller) {
        if (caller == null) {
            return null;
        }
        try {
            return new E164Number(caller);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** A client id compared in constant time, as a secret would be: it is half of the credential. */
    private static boolean sameText(String expected, String candidate) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
