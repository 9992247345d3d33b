package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.ThreeClogicCallsUseCase;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.PublicAddress;
import dev.switchboard.application.service.ThreeClogicCallsService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** 3CLogic's calls (docs/channels.md): the assistants' channels as configured, and the voice interactions they open. */
@Factory
class ThreeClogicWiring {

    @Singleton
    ThreeClogicCallsUseCase threeClogicCalls(VoiceAssistantsUseCase assistants, VoiceInteractionUseCases voice,
                                             Clock clock, CallRecordings recordings, PublicAddress address) {
        return new ThreeClogicCallsService(assistants, voice.startVoiceInteraction(), voice.addMessages(),
                voice.endVoiceInteraction(), clock, recordings, address);
    }
}
