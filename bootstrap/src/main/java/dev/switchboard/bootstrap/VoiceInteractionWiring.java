package dev.switchboard.bootstrap;

import dev.switchboard.adapter.rest.request.InputLimits;
import dev.switchboard.adapter.rest.request.Leniency;
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
import dev.switchboard.application.service.VoiceInteractionServices;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Builds the framework-free services from whichever storage adapter configuration selected, and offers each
 * use case to the driving adapters as a bean.
 */
@Factory
class VoiceInteractionWiring {

    @Singleton
    Leniency leniency(VoiceSettings settings) {
        return settings.leniency();
    }

    @Singleton
    InputLimits inputLimits(VoiceSettings settings) {
        return settings.inputLimits();
    }

    @Singleton
    TranscriptPolicy transcriptPolicy(VoiceSettings settings) {
        return settings.transcriptPolicy();
    }

    @Singleton
    Clock clock() {
        return new SystemClock();
    }

    @Singleton
    IdGenerator idGenerator() {
        return new RandomIdGenerator();
    }

    @Singleton
    VoiceInteractionServices voiceInteractionServices(Interactions interactions, Conversations conversations,
                                                      TranscriptMessages messages, UnitOfWork unitOfWork,
                                                      IdGenerator ids, Clock clock) {
        return VoiceInteractionServices.wire(interactions, conversations, messages, unitOfWork, ids, clock);
    }

    @Singleton
    StartVoiceInteractionUseCase startVoiceInteraction(VoiceInteractionServices services) {
        return services.startVoiceInteraction();
    }

    @Singleton
    CreateConversationUseCase createConversation(VoiceInteractionServices services) {
        return services.createConversation();
    }

    @Singleton
    AddVoiceInteractionMessagesUseCase addMessages(VoiceInteractionServices services) {
        return services.addMessages();
    }

    @Singleton
    SaveVoiceConversationTranscriptUseCase saveTranscript(VoiceInteractionServices services) {
        return services.saveTranscript();
    }

    @Singleton
    EndVoiceInteractionUseCase endVoiceInteraction(VoiceInteractionServices services) {
        return services.endVoiceInteraction();
    }

    @Singleton
    GetVoiceInteractionUseCase getVoiceInteraction(VoiceInteractionServices services) {
        return services.getVoiceInteraction();
    }

    @Singleton
    ListVoiceInteractionMessagesUseCase listMessages(VoiceInteractionServices services) {
        return services.listMessages();
    }
}
