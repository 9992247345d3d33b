package dev.switchboard.bootstrap;

import dev.switchboard.adapter.rest.request.InputLimits;
import dev.switchboard.adapter.rest.request.Leniency;
import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.service.VoiceInteractionServices;
import dev.switchboard.application.service.WebhookEvents;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Builds the framework-free services from whichever storage adapter configuration selected, and offers them to the
 * driving adapters as one bean.
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
        return new TimeOrderedIdGenerator();
    }

    @Singleton
    VoiceInteractionUseCases voiceInteractionUseCases(Interactions interactions, Conversations conversations,
                                                      TranscriptMessages messages, UnitOfWork unitOfWork,
                                                      CommitGroups commitGroups, IdGenerator ids, Clock clock,
                                                      WebhookEvents events) {
        return VoiceInteractionServices.wire(interactions, conversations, messages, unitOfWork, commitGroups, ids,
                clock, events);
    }

    @Singleton
    FindVoiceInteractionsUseCase findVoiceInteractions(Interactions interactions, Conversations conversations,
                                                       UnitOfWork unitOfWork) {
        return VoiceInteractionServices.find(interactions, conversations, unitOfWork);
    }
}
