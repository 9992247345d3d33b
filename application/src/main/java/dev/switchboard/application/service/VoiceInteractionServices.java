package dev.switchboard.application.service;

import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;

/**
 * Builds the Voice Interaction use cases from the driven ports. The one place that knows how the services fit
 * together, so wiring code (a DI container, a test) only supplies the ports.
 */
public final class VoiceInteractionServices {

    private VoiceInteractionServices() {
    }

    /** The use cases without webhook events (no endpoint is subscribed). */
    public static VoiceInteractionUseCases wire(Interactions interactions, Conversations conversations,
                                                TranscriptMessages messages, UnitOfWork unitOfWork,
                                                CommitGroups commitGroups, IdGenerator ids, Clock clock) {
        return wire(interactions, conversations, messages, unitOfWork, commitGroups, ids, clock, WebhookEvents.none());
    }

    /** @param events where the services' events go: each unit of work writes its own into the outbox */
    public static VoiceInteractionUseCases wire(Interactions interactions, Conversations conversations,
                                                TranscriptMessages messages, UnitOfWork unitOfWork,
                                                CommitGroups commitGroups, IdGenerator ids, Clock clock,
                                                WebhookEvents events) {
        TranscriptAppender appender = new TranscriptAppender(conversations, messages, ids, clock, events);
        return new VoiceInteractionUseCases(
                new StartVoiceInteractionService(interactions, ids, clock, unitOfWork, events),
                new CreateConversationService(interactions, appender, unitOfWork, events),
                new AddVoiceInteractionMessagesService(interactions, appender, unitOfWork, commitGroups, events),
                new SaveVoiceConversationTranscriptService(interactions, appender, clock, unitOfWork, events),
                new EndVoiceInteractionService(interactions, clock, unitOfWork, events),
                new GetVoiceInteractionService(interactions, conversations, unitOfWork),
                new ListVoiceInteractionMessagesService(interactions, conversations, messages, unitOfWork));
    }

    /**
     * Finding the interactions of a provider's call id. Its own bean rather than a part of
     * {@link VoiceInteractionUseCases}: it only reads, and the driving adapters that do not search need not know it.
     */
    public static FindVoiceInteractionsUseCase find(Interactions interactions, Conversations conversations,
                                                    UnitOfWork unitOfWork) {
        return new FindVoiceInteractionsService(interactions, conversations, unitOfWork);
    }
}
