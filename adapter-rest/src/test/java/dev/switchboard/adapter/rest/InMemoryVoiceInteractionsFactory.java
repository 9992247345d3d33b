package dev.switchboard.adapter.rest;

import dev.switchboard.adapter.rest.request.InputLimits;
import dev.switchboard.adapter.rest.request.Leniency;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryStorage;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.service.VoiceInteractionServices;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.sentiment.SentimentMapping;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Stands in for the bootstrap's wiring: the use cases on in-memory storage, a fixed clock and scripted ids, the
 * {@link Leniency} and {@link TranscriptPolicy} from {@code switchboard.voice.compatibility-mode} (default true), and the
 * {@link InputLimits} from {@code switchboard.voice.limits.*}, as the bootstrap reads them.
 */
@Factory
public class InMemoryVoiceInteractionsFactory {

    public static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    @Singleton
    Leniency leniency(@Value("${switchboard.voice.compatibility-mode:true}") boolean compatibilityMode) {
        return compatibilityMode ? Leniency.VENDOR_COMPATIBLE : Leniency.STRICT;
    }

    @Singleton
    TranscriptPolicy transcriptPolicy(@Value("${switchboard.voice.compatibility-mode:true}") boolean compatibilityMode) {
        return new TranscriptPolicy(SentimentMapping.defaults(), compatibilityMode);
    }

    @Singleton
    InputLimits inputLimits(
            @Value("${switchboard.voice.limits.max-attributes-depth:" + InputLimits.DEFAULT_MAX_ATTRIBUTES_DEPTH + "}")
            int maxAttributesDepth,
            @Value("${switchboard.voice.limits.max-text-length:" + InputLimits.DEFAULT_MAX_TEXT_LENGTH + "}")
            int maxTextLength,
            @Value("${switchboard.voice.limits.max-attributes:" + InputLimits.DEFAULT_MAX_ATTRIBUTES + "}")
            int maxAttributes,
            @Value("${switchboard.voice.limits.max-messages:" + InputLimits.DEFAULT_MAX_MESSAGES + "}")
            int maxMessages) {
        return new InputLimits(maxAttributesDepth, maxTextLength, maxAttributes, maxMessages);
    }

    @Singleton
    StorageFixture storage() {
        return InMemoryStorage.create();
    }

    @Singleton
    ScriptedIdGenerator ids() {
        return new ScriptedIdGenerator();
    }

    @Singleton
    FixedClock clock() {
        return new FixedClock(NOW);
    }

    @Singleton
    VoiceInteractionUseCases useCases(StorageFixture storage, ScriptedIdGenerator ids, FixedClock clock) {
        return VoiceInteractionServices.wire(storage.interactions(), storage.conversations(), storage.messages(),
                storage.unitOfWork(), storage.commitGroups(), ids, clock);
    }

    @Singleton
    FindVoiceInteractionsUseCase findVoiceInteractions(StorageFixture storage) {
        return VoiceInteractionServices.find(storage.interactions(), storage.conversations(), storage.unitOfWork());
    }
}
