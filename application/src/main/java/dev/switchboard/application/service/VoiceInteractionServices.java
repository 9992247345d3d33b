package dev.switchboard.application.service;

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

    public static VoiceInteractionUseCases wire(Interactions interactions, Conversations conversations,
                                                TranscriptMessages messages, UnitOfWork unitOfWork,
                                                CommitGroups commitGroups, IdGenerator ids, Clock clock) {
        TranscriptAppender appender = new TranscriptAppender(conversations, messages, ids, clock);
        return new VoiceInteractionUseCases(
                new StartVoiceInteractionService(interactions, ids, clock, unitOfWork),
                new CreateConversationService(interactions, appender, unitOfWork),
                new AddVoiceInteractionMessagesService(interactions, appender, unitOfWork, commitGroups),
                new SaveVoiceConversationTranscriptService(interactions, appender, clock, unitOfWork),
                new EndVoiceInteractionService(interactions, clock, unitOfWork),
                new GetVoiceInteractionService(interactions, conversations, unitOfWork),
                new ListVoiceInteractionMessagesService(interactions, conversations, messages, unitOfWork));
    }
}
