package dev.switchboard.application.port.in;

import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Amazon Connect's call context (docs/channels.md): the contact flow first obtains a short-lived bearer token for the
 * channel's generated client (OAuth2 client credentials), then posts the call's context with it, and Switchboard opens
 * the call's voice interaction. Tokens are not stored: each one is signed with the channel's client secret, so that a
 * rotation's overlap ends them as it ends the secret, and a restart or a second instance accepts them.
 *
 * <p>Every refusal is a {@link CallContextRefusedException} saying why, for the log; it never carries a secret or a
 * token.
 */
public interface AmazonConnectCallContextUseCase {

    /**
     * The OAuth2 client-credentials grant: a token for the assistant's Amazon Connect channel when the client id and
     * secret are the channel's (the current secret, or the previous one while a rotation's overlap runs).
     *
     * @throws CallContextRefusedException for an unknown assistant, no or a disabled channel, or a wrong client
     */
    IssuedToken issueToken(SysId assistantId, String clientId, String clientSecret);

    /**
     * Checks a bearer token before anything of the request is read.
     *
     * @param bearerToken as sent, null when the request had none
     * @throws CallContextRefusedException for an unknown assistant, no or a disabled channel, or a token that is
     *                                     missing, forged, expired or another assistant's
     */
    Admission admit(SysId assistantId, String bearerToken);

    /**
     * Opens the call's interaction: clientSessionId = the ContactId, the caller's number as userId (and as
     * callerPhoneNumber when it is E.164), inboundId = the assistant. Idempotent per contact: while an interaction of
     * this assistant with this ContactId is open (not closed), a repeated call context (the contact flow or its
     * Lambda retrying) answers with that interaction instead of opening another.
     *
     * @throws dev.switchboard.domain.shared.InvalidValueException naming {@code ContactId} when it is blank or too long
     */
    OpenedInteraction openInteraction(Admission admission, CallContext context);

    /** @param expiresIn how long the token is accepted from now */
    record IssuedToken(String accessToken, Duration expiresIn) {

        public IssuedToken {
            Objects.requireNonNull(accessToken, "accessToken");
            Objects.requireNonNull(expiresIn, "expiresIn");
        }

        @Override
        public String toString() {
            return "IssuedToken[expiresIn=" + expiresIn + "]";
        }
    }

    /** A request that showed a valid token for this assistant's channel, until the token expires. */
    record Admission(SysId assistantId, Instant tokenExpiresAt) {

        public Admission {
            Objects.requireNonNull(assistantId, "assistantId");
            Objects.requireNonNull(tokenExpiresAt, "tokenExpiresAt");
        }
    }

    /**
     * The call's interaction.
     *
     * @param alreadyOpen true when a previous call context of the same contact opened it (a retry), false when this
     *                    one did
     */
    record OpenedInteraction(SysId interactionId, boolean alreadyOpen) {

        public OpenedInteraction {
            Objects.requireNonNull(interactionId, "interactionId");
        }
    }

    /**
     * What Switchboard keeps of Amazon Connect's contact data.
     *
     * @param contactId       {@code ContactId}, required: the call's id in Amazon Connect
     * @param customerAddress {@code CustomerEndpoint.Address}, the caller's number; null when Connect sent none
     */
    record CallContext(String contactId, String customerAddress) {
    }
}
