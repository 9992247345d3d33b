package dev.switchboard.application.port.in;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.GetVoiceInteractionUseCase.InteractionSummary;
import java.util.List;

/**
 * Finding a call: the interactions a provider's call id became (a Twilio callSid, a Genesys conversationId, an Amazon
 * Connect ContactId, all kept as the {@code clientSessionId}), newest first, one page at a time. An integrator holds
 * the provider's id, not ours; this is how the one leads to the other. A Switchboard extension, not a vendor
 * operation.
 */
public interface FindVoiceInteractionsUseCase {

    /** @throws dev.switchboard.domain.shared.InvalidValueException naming {@code clientSessionId} when it is blank */
    InteractionPage findByClientSessionId(String clientSessionId, PageRequest page);

    /** @param total how many interactions have the clientSessionId in all */
    record InteractionPage(List<InteractionSummary> interactions, long total, PageRequest request) {

        public InteractionPage {
            interactions = List.copyOf(interactions);
        }
    }
}
