package dev.switchboard.application.port.in;

/**
 * A provider's request refused before anything was created: {@link #reason()} for the answer's status, the message
 * for the log. Neither ever holds a credential.
 */
public final class CallContextRefusedException extends RuntimeException {

    /** Why; each maps to one status of the provider-facing protocol. */
    public enum Reason {
        /** No assistant has this id. */
        UNKNOWN_ASSISTANT,
        /** The assistant has no channel of this kind. */
        NO_CHANNEL,
        /** The channel exists, with its credentials, but an administrator disabled it. */
        CHANNEL_DISABLED,
        /** The client id or secret is not the channel's. */
        INVALID_CLIENT,
        /** No bearer token, or one that is forged, expired, malformed or another assistant's. */
        INVALID_TOKEN
    }

    private final Reason reason;

    public CallContextRefusedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
