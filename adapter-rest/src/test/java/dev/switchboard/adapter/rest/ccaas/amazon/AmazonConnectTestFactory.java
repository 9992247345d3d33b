package dev.switchboard.adapter.rest.ccaas.amazon;

import dev.switchboard.adapter.rest.ccaas.InMemoryVoiceAssistantsService;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.JdkHmacSha256;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase;
import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.service.AmazonConnectCallContextService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The voice assistants (configured over the real admin API) and Amazon Connect's call context on in-memory stores,
 * with the fixed clock of {@code InMemoryVoiceInteractionsFactory}, so a test can move time past a token's expiry.
 * Only for a test that sets {@value #PROPERTY}.
 */
@Factory
@Requires(property = AmazonConnectTestFactory.PROPERTY)
public class AmazonConnectTestFactory {

    public static final String PROPERTY = "test.amazon-connect";
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    @Singleton
    VoiceAssistantsUseCase voiceAssistants(FixedClock clock, ScriptedIdGenerator ids) {
        return InMemoryVoiceAssistantsService.service(clock, ids, Duration.ofHours(24));
    }

    @Singleton
    AmazonConnectCallContextUseCase amazonConnect(VoiceAssistantsUseCase assistants, VoiceInteractionUseCases voice,
                                                  FindVoiceInteractionsUseCase find, FixedClock clock) {
        return new AmazonConnectCallContextService(assistants, voice.startVoiceInteraction(), find, clock,
                new JdkHmacSha256(), TOKEN_LIFETIME);
    }
}
