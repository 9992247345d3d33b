package dev.switchboard.application.service;

import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.MediaStreamUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.application.port.out.PublicAddress;
import dev.switchboard.application.port.out.SecretCipher;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.VoiceAssistants;
import dev.switchboard.domain.assistant.Channel;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Streamed calls become voice interactions through the Voice Interaction use cases, as a call reported over the REST
 * API does: {@code start} opens one (clientSessionId = the provider's call id, inboundId = the assistant), a DTMF digit
 * is an event message, and the end closes it with the URL of its recording. The audio goes to {@link CallRecordings}
 * a second at a time (about 8 KB of μ-law), not per 20 ms frame, so that a call costs one write a second; what is
 * buffered when a connection drops is stored by {@link MediaStream#end}, which the adapter calls then too. A call
 * streamed as two tracks (the caller, and what the caller hears) is recorded in stereo, the tracks kept in step by
 * their offsets ({@link TwoTrackAligner}).
 */
public final class MediaStreamService implements MediaStreamUseCase {

    /** The keys of a telephone keypad, and the four extra DTMF tones. */
    private static final Pattern DIGIT = Pattern.compile("[0-9*#A-D]");
    private static final String UNKNOWN_CALLER = "unknown";

    private final VoiceAssistants assistants;
    private final AssistantSealing sealing;
    private final UnitOfWork unitOfWork;
    private final StartVoiceInteractionUseCase start;
    private final AddVoiceInteractionMessagesUseCase addMessages;
    private final EndVoiceInteractionUseCase endInteraction;
    private final CallRecordings recordings;
    private final PublicAddress publicAddress;

    public MediaStreamService(VoiceAssistants assistants, SecretCipher cipher, UnitOfWork unitOfWork,
                              VoiceInteractionUseCases voice, CallRecordings recordings, PublicAddress publicAddress) {
        this.assistants = assistants;
        this.sealing = new AssistantSealing(cipher);
        this.unitOfWork = unitOfWork;
        this.start = voice.startVoiceInteraction();
        this.addMessages = voice.addMessages();
        this.endInteraction = voice.endVoiceInteraction();
        this.recordings = recordings;
        this.publicAddress = publicAddress;
    }

    @Override
    public Admission admitTwilio(SysId assistantId, Optional<SignatureCheck> signature) {
        Optional<VoiceAssistant> assistant = unitOfWork.run(() -> assistants.findById(assistantId.value()))
                .map(sealing::open);
        if (assistant.isEmpty()) {
            return Admission.UNKNOWN_ASSISTANT;
        }
        Optional<Channel> channel = assistant.get().channel(ChannelKind.TWILIO);
        if (channel.isEmpty()) {
            return Admission.NO_CHANNEL;
        }
        if (!channel.get().enabled()) {
            return Admission.CHANNEL_DISABLED;
        }
        if (signature.isEmpty()) {
            return Admission.NO_SIGNATURE;
        }
        return signature.get().signedWith(((Channel.Twilio) channel.get()).authToken())
                ? Admission.ADMITTED : Admission.BAD_SIGNATURE;
    }

    @Override
    public MediaStream open(Call call) {
        String caller = call.caller() == null || call.caller().isBlank() ? null : call.caller().strip();
        CallerDetails details = new CallerDetails(caller == null ? UNKNOWN_CALLER : caller, null, phoneNumber(caller),
                call.callId(), call.assistantId().value());
        SysId interactionId = start.startVoiceInteraction(new StartVoiceInteractionUseCase.Command(details));
        return new Stream(interactionId, call.format());
    }

    /** The caller as a callback number when it is one: Twilio passes {@code client:alice} for a browser caller. */
    private static E164Number phoneNumber(String caller) {
        try {
            return caller == null ? null : new E164Number(caller);
        } catch (InvalidValueException notANumber) {
            return null;
        }
    }

    private final class Stream implements MediaStream {

        private final SysId interactionId;
        private final CallRecorder recorder;
        /** Both tracks into the stereo recording; null for a mono stream. */
        private final TwoTrackAligner tracks;
        private int digits;
        private boolean ended;

        Stream(SysId interactionId, AudioFormat format) {
            this.interactionId = interactionId;
            this.recorder = new CallRecorder(recordings, interactionId, format);
            this.tracks = format.channels() == 2 ? new TwoTrackAligner() : null;
        }

        @Override
        public SysId interactionId() {
            return interactionId;
        }

        @Override
        public void audio(byte[] encoded) {
            requireOpen();
            if (tracks != null) {
                throw new IllegalStateException("the stream of interaction " + interactionId
                        + " records two tracks: its audio comes by track");
            }
            recorder.audio(encoded);
        }

        @Override
        public void audio(Track track, long offsetMillis, byte[] encoded) {
            requireOpen();
            if (tracks != null) {
                recorder.audio(tracks.add(track, offsetMillis, encoded));
            } else if (track == Track.INBOUND) {
                recorder.audio(encoded);
            }
        }

        @Override
        public void dtmf(String digit, long offsetMillis) {
            requireOpen();
            if (digit == null || !DIGIT.matcher(digit).matches()) {
                throw new InvalidValueException("digit", "must be one of 0-9, *, #, A-D");
            }
            // A source id per press: the same digit pressed twice within one offset is two events, not a retry.
            Utterance event = new Utterance(Participant.CUSTOMER, digit,
                    new OffsetRange(Math.max(0, offsetMillis), Math.max(0, offsetMillis)), null, null, false, true,
                    "dtmf-" + ++digits, null);
            addMessages.addMessagesAndWait(new AddVoiceInteractionMessagesUseCase.Command(interactionId,
                    List.of(event)));
        }

        @Override
        public void end() {
            if (ended) {
                return;
            }
            ended = true;
            try {
                if (tracks != null) {
                    recorder.audio(tracks.drain());
                }
                recorder.flush();
            } finally {
                RecordingUrl url = recorder.url(publicAddress.baseUrl()).orElse(null);
                try {
                    endInteraction.endVoiceInteraction(new EndVoiceInteractionUseCase.Command(interactionId, url));
                } catch (InteractionClosedException closedAlready) {
                    // Closed over the REST API during the call: that close stands, the recording is still served.
                }
            }
        }

        private void requireOpen() {
            if (ended) {
                throw new IllegalStateException("the stream of interaction " + interactionId + " has ended");
            }
        }
    }
}
