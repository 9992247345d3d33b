package dev.switchboard.application.port.in;

import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Genesys Cloud's Audio Connector (the AudioHook protocol, version 2) connecting to a voice assistant: the handshake
 * is admitted or refused before the WebSocket upgrade, and an admitted session becomes a voice interaction when it
 * opens and ends it when it closes. The protocol itself (messages, sequence numbers, the signature's HTTP form) is the
 * driving adapter's; this is what the protocol means to Switchboard. docs/channels.md, "Genesys Audio Connector".
 */
public interface AudioHookSessionsUseCase {

    /**
     * Checks a connection attempt against the assistant's Genesys Audio Connector channel: the connector id, the API
     * key, and the request's HTTP message signature (keyed with the client secret, fresh, its nonce never seen). A
     * refused attempt leaves nothing behind; an admitted one has used up its nonce.
     */
    Admission admit(Handshake handshake);

    /**
     * An admitted session's {@code open}: a voice interaction for the call, with the conversation id as its
     * clientSessionId and the assistant as its inboundId.
     *
     * @return the new interaction's id
     */
    SysId open(SysId assistantId, Call call);

    /** A binary frame of an open session: PCMU, as {@code opened} chose it; kept as the call's recording. */
    void audio(SysId interactionId, byte[] frame);

    /**
     * The session's {@code close} (or its connection lost): the recording is completed and the interaction closed
     * with its URL. Repeating it changes nothing.
     *
     * @param audio what the session received, for the log
     */
    void close(SysId interactionId, AudioReceived audio);

    /**
     * What Genesys sent to connect.
     *
     * @param assistantId the assistant id in the URL, as sent (not yet checked to be well formed)
     * @param connectorId the connector id Genesys appended to the base connection URI
     * @param apiKey      the {@code X-API-KEY} header, or null when absent
     * @param signature   the request's signature as the adapter read it; empty when absent or malformed
     */
    record Handshake(String assistantId, String connectorId, String apiKey, Optional<SignedRequest> signature) {

        public Handshake {
            Objects.requireNonNull(signature, "signature");
        }
    }

    /**
     * A request's HTTP message signature (RFC 9421), read by the adapter that knows HTTP: its parameters, and the
     * check of the signature over the request's signature base with a candidate key. The key stays here; the
     * signature base and the MAC stay with the adapter.
     */
    interface SignedRequest {

        String keyId();

        String nonce();

        /** Seconds since the epoch. */
        long created();

        /** Seconds since the epoch, when the signer set an end. */
        OptionalLong expires();

        /** The algorithm the signer named, if it named one. */
        Optional<String> alg();

        /** True when the signature is the HMAC-SHA256 of the request's signature base under {@code key}. */
        boolean signedWith(byte[] key);
    }

    /** The outcome of {@link #admit}: the session may upgrade, or the reason it may not (never a secret). */
    sealed interface Admission {
    }

    record Admitted(SysId assistantId) implements Admission {
    }

    record Refused(Refusal reason) implements Admission {
    }

    /** Why a handshake was refused; the adapter turns each into a status. */
    enum Refusal {
        /** No assistant has this id (or the id is malformed). */
        UNKNOWN_ASSISTANT,
        /** The assistant has no Genesys Audio Connector channel, or it has another connector id. */
        UNKNOWN_CONNECTOR,
        /** The channel exists and is disabled. */
        CHANNEL_DISABLED,
        /** {@code X-API-KEY} is missing or is neither the current API key nor the previous one in its overlap. */
        BAD_API_KEY,
        /** No signature, a malformed one, another key id or algorithm, or a MAC no accepted client secret gives. */
        BAD_SIGNATURE,
        /** The nonce is shorter than {@link #MIN_NONCE_LENGTH}. */
        SHORT_NONCE,
        /** Created too long ago, or expired. */
        STALE_SIGNATURE,
        /** Created in the future beyond the allowed clock skew. */
        FUTURE_SIGNATURE,
        /** The nonce was used by an admitted handshake before. */
        REPLAYED_NONCE;

        /** The AudioHook specification's shortest nonce. */
        public static final int MIN_NONCE_LENGTH = 22;
    }

    /**
     * The {@code open} message's call.
     *
     * @param conversationId Genesys' conversation id: the interaction's clientSessionId
     * @param ani            the caller's address as Genesys gives it ({@code tel:+13175551234}), or null
     * @param channels       the audio's channels in the format {@code opened} chose: 1, or 2 (both parties)
     */
    record Call(String conversationId, String ani, int channels) {

        public Call {
            Objects.requireNonNull(conversationId, "conversationId");
        }
    }

    /**
     * The audio a session received: the bytes of its binary frames and how long they play.
     */
    record AudioReceived(long bytes, Duration duration) {

        public static final AudioReceived NONE = new AudioReceived(0, Duration.ZERO);
    }
}
