package dev.switchboard.adapter.rest.ccaas.threeclogic;

import dev.switchboard.adapter.rest.ccaas.InMemoryVoiceAssistantsService;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.in.ThreeClogicCallsUseCase;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.service.ThreeClogicCallsService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The voice assistants (configured over the real admin API) and 3CLogic's calls on in-memory stores, with the fixed
 * clock of {@code InMemoryVoiceInteractionsFactory}, so a test can move time past a rotation's overlap, and the calls'
 * recordings behind a gate a test can shut (a slow database). Only for a test that sets {@value #PROPERTY}.
 */
@Factory
@Requires(property = ThreeClogicTestFactory.PROPERTY)
public class ThreeClogicTestFactory {

    public static final String PROPERTY = "test.3clogic";
    static final Duration OVERLAP = Duration.ofHours(1);

    @Singleton
    VoiceAssistantsUseCase voiceAssistants(FixedClock clock, ScriptedIdGenerator ids) {
        return InMemoryVoiceAssistantsService.service(clock, ids, OVERLAP);
    }

    @Singleton
    GatedCallRecordings recordings() {
        return new GatedCallRecordings();
    }

    @Singleton
    ThreeClogicCallsUseCase threeClogicCalls(VoiceAssistantsUseCase assistants, VoiceInteractionUseCases voice,
                                             FixedClock clock, GatedCallRecordings recordings) {
        return new ThreeClogicCallsService(assistants, voice.startVoiceInteraction(), voice.addMessages(),
                voice.endVoiceInteraction(), clock, recordings, InMemoryVoiceAssistantsService.PUBLIC_ADDRESS);
    }
}
