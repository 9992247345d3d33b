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
     * @param format       how the audio bytes are encoded
     */
    record Call(SysId assistantId, ChannelKind channel, String callId, String caller, AudioFormat format) {
        public Call {
            Objects.requireNonNull(assistantId, "assistantId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(format, "format");
        }
    }

    /**
     * One open call. Not thread-safe: a connection calls it from one message at a time, in the order they came.
     */
    interface MediaStream {

        SysId interactionId();

        /** Encoded audio as it arrives; stored about a second at a time. */
        void audio(byte[] encoded);

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
