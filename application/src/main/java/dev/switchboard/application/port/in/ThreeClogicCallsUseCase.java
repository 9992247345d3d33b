package dev.switchboard.application.port.in;

import dev.switchboard.domain.shared.SysId;

/**
 * 3CLogic's calls at an assistant's 3CLogic WebSocket (docs/channels.md): the upgrade request is admitted with the
 * channel's generated client id and secret, then each call on the connection opens a voice interaction, may carry
 * DTMF presses, and closes it.
 *
 * <p>Admission answers with a value rather than an exception: the adapter refuses the upgrade with a status chosen
 * from it, and logs it; an {@link Admission} never carries a credential.
 */
public interface ThreeClogicCallsUseCase {

    /**
     * Whether a connection may open, checked in an order that tells a stranger nothing it could not tell from the
     * URL: the assistant and its channel first (their ids are in the URL), the credentials next, and only an
     * authenticated client learns that the channel is disabled.
     *
     * @param clientId     as sent, null when the request had no credentials
     * @param clientSecret as sent, null when the request had no credentials
     */
    Admission admit(SysId assistantId, String clientId, String clientSecret);

    /**
     * Opens the call's interaction: clientSessionId = the call id, the caller as userId (and as callerPhoneNumber
     * when it is E.164), inboundId = the assistant.
     *
     * @param caller null or blank when 3CLogic does not know the caller
     * @return the new interaction's id
     * @throws dev.switchboard.domain.shared.InvalidValueException naming {@code callId} when it is blank or too long
     */
    SysId startCall(SysId assistantId, String callId, String caller);

    /**
     * A key the caller pressed, kept as an event message of the interaction.
     *
     * @param sequence the press's number in this call, from 1: the same digit pressed twice is two events
     * @throws dev.switchboard.domain.shared.InvalidValueException naming {@code digit} unless it is 0-9, *, # or A-D
     */
    void dtmf(SysId interactionId, String digit, int sequence);

    /** A binary frame of a started call: G.711 μ-law (PCMU), 8 kHz, mono; kept as the call's recording. */
    void audio(SysId interactionId, byte[] frame);

    /** Closes the call's interaction; closing it again changes nothing. */
    void endCall(SysId interactionId);

    /** The outcome of {@link #admit}, one value per answer and log line. */
    enum Admission {
        ADMITTED,
        /** No assistant has this id (or the id is not one). */
        UNKNOWN_ASSISTANT,
        /** The assistant has no 3CLogic channel. */
        NO_CHANNEL,
        /** The request carried no client id and secret. */
        NO_CREDENTIALS,
        /** The client id is not the channel's. */
        UNKNOWN_CLIENT_ID,
        /** The client id is the channel's, the secret is neither the current one nor a previous one still in overlap. */
        WRONG_SECRET,
        /** The credentials are right, but an administrator disabled the channel. */
        CHANNEL_DISABLED;

        public boolean admitted() {
            return this == ADMITTED;
        }
    }
}
