package dev.switchboard.domain.interaction;

import dev.switchboard.domain.shared.Text;

/**
 * Who is calling and how the call reaches us, as sent when an interaction or its conversation is created.
 *
 * @param userId            required; the caller's number in whatever form the CCaaS platform uses
 * @param agentId           the agent to route to; absent means the virtual agent takes the call
 * @param callerPhoneNumber callback number, E.164
 * @param clientSessionId   the call's id in the external CCaaS system (e.g. an Amazon Connect contact id)
 * @param inboundId         the provider application the call came in through
 */
public record CallerDetails(String userId, String agentId, E164Number callerPhoneNumber,
                            String clientSessionId, String inboundId) {

    public CallerDetails {
        userId = Text.atMost(Text.required(userId, "userId"), Text.MAX_LABEL_LENGTH, "userId");
        agentId = Text.optionalLabel(agentId, "agentId");
        clientSessionId = Text.optionalLabel(clientSessionId, "clientSessionId");
        inboundId = Text.optionalLabel(inboundId, "inboundId");
    }

    /** Builds the details from raw text, validating the phone number when one is given. */
    public static CallerDetails of(String userId, String agentId, String callerPhoneNumber,
                                   String clientSessionId, String inboundId) {
        String phone = Text.blankToNull(callerPhoneNumber);
        return new CallerDetails(userId, agentId, phone == null ? null : new E164Number(phone),
                clientSessionId, inboundId);
    }

    /** These details with every absent field taken from {@code other}; present fields are kept. */
    CallerDetails completedWith(CallerDetails other) {
        return new CallerDetails(userId,
                agentId != null ? agentId : other.agentId,
                callerPhoneNumber != null ? callerPhoneNumber : other.callerPhoneNumber,
                clientSessionId != null ? clientSessionId : other.clientSessionId,
                inboundId != null ? inboundId : other.inboundId);
    }
}
