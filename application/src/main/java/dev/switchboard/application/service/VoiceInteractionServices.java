package dev.switchboard.application.service;

import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.CreateConversationUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.GetVoiceInteractionUseCase;
import dev.switchboard.application.port.in.ListVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.SaveVoiceConversationTranscriptUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;

/**
 * The Voice Interaction use cases, built from the driven ports. The one place that knows how the services
 * fit together, so wiring code (a DI container, a test) only supplies the ports.
 */
public record VoiceInteractionServices(StartVoiceInteractionUseCase startVoiceInteraction,
                                       CreateConversationUseCase createConversation,
                                       AddVoiceInteractionMessagesUseCase addMessages,
                                       SaveVoiceConversationTranscriptUseCase saveTranscript,
                                       EndVoiceInteractionUseCase endVoiceInteraction,
                                       GetVoiceInteractionUseCase getVoiceInteraction,
                                       ListVoiceInteractionMessagesUseCase listMessages) {

    public static VoiceInteractionServices wire(Interactions interactions, Conversations conversations,
                                                TranscriptMessages messages, UnitOfWork unitOfWork,
                                                IdGenerator ids, Clock clock) {
        TranscriptAppender appender = new TranscriptAppender(conversations, messages, ids, clock);
        return new VoiceInteractionServices(
                new StartVoiceInteractionService(interactions, ids, clock, unitOfWork),
                new CreateConversationService(interactions, appender, unitOfWork),
                new AddVoiceInteractionMessagesService(interactions, appender, unitOfWork),
                new SaveVoiceConversationTranscriptService(interactions, appender, clock, unitOfWork),
                new EndVoiceInteractionService(interactions, clock, unitOfWork),
                new GetVoiceInteractionService(interactions, conversations),
                new ListVoiceInteractionMessagesService(interactions, conversations, messages));
    }
}
