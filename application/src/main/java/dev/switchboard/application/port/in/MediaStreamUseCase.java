package dev.switchboard.application.port.in;

import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.ChannelSecret;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.shared.SysId;
import java.util.Objects;
import java.util.Optional;

/**
 * A call that a telephony provider streams to a voice assistant (Twilio Media Streams today): who may connect, and
 * what the call becomes, a voice interaction with its DTMF events and its recording. The provider's protocol (its
 * messages, its framing) stays in the driving adapter, which turns each message into a call on a {@link MediaStream}.
 */
public interface MediaStreamUseCase {

    /**
     * Whether a Twilio Media Stream may connect to this assistant: the assistant exists, has an enabled Twilio
     * channel, and the request is signed with the channel's auth token. Nothing is stored.
     *
     * @param signature how the adapter checks Twilio's signature ({@code X-Twilio-Signature}, an HMAC of the URL:
     *                  Twilio's protocol, so the adapter's); empty when the request carries none
     */
    Admission admitTwilio(SysId assistantId, Optional<SignatureCheck> signature);

    /** Checks a request's signature against a channel's secret. */
    @FunctionalInterface
    interface SignatureCheck {
        boolean signedWith(ChannelSecret secret);
    }

    /** Opens the call's voice interaction; the stream then takes its audio and events until {@link MediaStream#end}. */
    MediaStream open(Call call);

    /** Why a connection was admitted or refused; a refusal names no secret. */
    enum Admission {
        ADMITTED,
        UNKNOWN_ASSISTANT,
        NO_CHANNEL,
        CHANNEL_DISABLED,
        NO_SIGNATURE,
        BAD_SIGNATURE;

        public boolean admitted() {
            return this == ADMITTED;
        }
    }

    /**
     * @param callId       the provider's id of the call (Twilio's callSid): the interaction's clientSessionId
     * @param caller       who is calling as the provider passed it (a number, {@code client:alice}); null if unknown
     * @param format       how the recording is encoded: mono when only the caller is streamed, two channels
     *                     ({@link AudioFormat#MULAW_8K_STEREO}) when both {@linkplain Track tracks} are, each then
     *                     given to {@link MediaStream#audio(Track, long, byte[])}
     */
    record Call(SysId assistantId, ChannelKind channel, String callId, String caller, AudioFormat format) {
        public Call {
            Objects.requireNonNull(assistantId, "assistantId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(format, "format");
        }
    }

    /** The two sides of a call a provider may stream apart (Twilio's {@code media.track}). */
    enum Track {
        /** What the caller says: the first channel. */
        INBOUND,
        /** What the caller hears (the assistant, a prompt, an agent): the second channel. */
        OUTBOUND
    }

    /**
     * One open call. Not thread-safe: a connection calls it from one message at a time, in the order they came.
     */
    interface MediaStream {

        SysId interactionId();

        /** Encoded audio as it arrives, of a mono stream (the caller's); stored about a second at a time. */
        void audio(byte[] encoded);

        /**
         * A piece of one track of a two-track stream (μ-law, 8 kHz, mono each), recorded as one channel of the
         * stereo recording, placed by its offset so that the two channels stay in step (a gap is silence). On a mono
         * stream, the inbound track is {@link #audio(byte[])} and the outbound one is not recorded.
         *
         * @param offsetMillis where in the stream the piece begins (Twilio's {@code media.timestamp})
         */
        void audio(Track track, long offsetMillis, byte[] encoded);

        /**
         * A keypad digit (DTMF), stored as an event message of the caller.
         *
         * @param offsetMillis when in the call it was pressed
         */
        void dtmf(String digit, long offsetMillis);

        /**
         * Stores the audio not yet stored and closes the interaction, with the recording's URL when there was audio.
         * Ending twice changes nothing; a connection that drops without the provider's "stop" ends it too.
         */
        void end();
    }
}
