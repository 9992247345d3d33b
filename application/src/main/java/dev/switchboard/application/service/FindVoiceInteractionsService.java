package dev.switchboard.application.service;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase;
import dev.switchboard.application.port.in.GetVoiceInteractionUseCase.InteractionSummary;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class FindVoiceInteractionsService implements FindVoiceInteractionsUseCase {

    private final Interactions interactions;
    private final Conversations conversations;
    private final UnitOfWork unitOfWork;

    FindVoiceInteractionsService(Interactions interactions, Conversations conversations, UnitOfWork unitOfWork) {
        this.interactions = interactions;
        this.conversations = conversations;
        this.unitOfWork = unitOfWork;
    }

    /**
     * One unit: the count, the page and the page's conversations come from one moment. The conversations of a page
     * are read in one call, not one per interaction.
     */
    @Override
    public InteractionPage findByClientSessionId(String clientSessionId, PageRequest page) {
        String wanted = Text.required(clientSessionId, "clientSessionId");
        return unitOfWork.run(() -> {
            long total = interactions.countByClientSessionId(wanted);
            List<Interaction> found = total == 0 ? List.of() : interactions.findByClientSessionId(wanted, page);
            Map<SysId, Conversation> byInteraction = found.isEmpty() ? Map.of()
                    : conversations.findByInteractions(found.stream().map(Interaction::id).toList());
            List<InteractionSummary> summaries = found.stream()
                    .map(interaction -> new InteractionSummary(interaction,
                            Optional.ofNullable(byInteraction.get(interaction.id())).map(Conversation::id)))
                    .toList();
            return new InteractionPage(summaries, total, page);
        });
    }
}
