package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase;
import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.service.AmazonConnectCallContextService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Amazon Connect's call context (docs/channels.md): the assistants' channels as configured, the voice interactions
 * the calls open, and the search by ContactId that makes a retried call context answer with the interaction it opened.
 */
@Factory
class AmazonConnectWiring {

    /** @param tokenLifetime how long a bearer token of the token endpoint is accepted */
    @Singleton
    AmazonConnectCallContextUseCase amazonConnectCallContext(
            VoiceAssistantsUseCase assistants, VoiceInteractionUseCases voice, FindVoiceInteractionsUseCase find,
            Clock clock,
            @Value("${switchboard.voice-assistants.amazon-connect.token-lifetime:5m}") Duration tokenLifetime) {
        return new AmazonConnectCallContextService(assistants, voice.startVoiceInteraction(), find, clock,
                new JdkHmacSha256(), tokenLifetime);
    }
}
