package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.AudioHookSessionsUseCase;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.in.GetCallRecordingUseCase;
import dev.switchboard.application.port.in.MediaStreamUseCase;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.PublicAddress;
import dev.switchboard.application.port.out.SecretCipher;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.VoiceAssistants;
import dev.switchboard.application.service.AudioHookSessions;
import dev.switchboard.application.service.CallRecordingService;
import dev.switchboard.application.service.MediaStreamService;
import dev.switchboard.application.service.VoiceAssistantsService;
import dev.switchboard.domain.assistant.SipTrunks;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.naming.conventions.StringConvention;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Voice assistants (docs/channels.md): the store's assistants, sealed with the secrets key of {@link WebhookWiring};
 * the SIP trunk regions of the configuration; the public address the generated URLs start with; and the calls the
 * channels admit, with their recordings.
 */
@Factory
class VoiceAssistantWiring {

    static final String SIP_TRUNKS = "switchboard.voice-assistants.sip-trunks";

    /**
     * {@code switchboard.public-url}, as the REST adapter's {@code RequestOrigin} reads it; empty: the address the
     * server reports for itself, looked up when a URL is built (the port is known only once the server runs). Never
     * a request's headers: a URL pasted into a provider's console must not be one a client chose.
     */
    @Singleton
    PublicAddress publicAddress(@Value("${switchboard.public-url:}") String publicUrl,
                                BeanProvider<EmbeddedServer> server) {
        if (!publicUrl.isBlank()) {
            URI configured = URI.create(publicUrl.strip());
            return () -> configured;
        }
        return () -> {
            EmbeddedServer own = server.get();
            return URI.create(own.getScheme() + "://" + own.getHost() + ":" + own.getPort());
        };
    }

    /** {@code switchboard.voice-assistants.sip-trunks.<region>=<fqdn>}; none configured: no Genesys SIP channel. */
    @Singleton
    SipTrunks sipTrunks(Environment environment) {
        Map<String, String> trunks = new LinkedHashMap<>();
        environment.getProperties(SIP_TRUNKS, StringConvention.RAW)
                .forEach((region, fqdn) -> trunks.put(region, String.valueOf(fqdn)));
        try {
            return new SipTrunks(trunks);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(SIP_TRUNKS + ": " + e.getMessage());
        }
    }

    /** @param overlap how long a rotated-out channel secret stays valid beside the new one */
    @Singleton
    VoiceAssistantsUseCase voiceAssistants(VoiceAssistants store, SecretCipher cipher, UnitOfWork unitOfWork,
                                           Clock clock, IdGenerator ids, SipTrunks trunks, PublicAddress address,
                                           @Value("${switchboard.voice-assistants.secret-rotation-overlap:24h}")
                                           Duration overlap) {
        SecureRandom random = new SecureRandom();
        return new VoiceAssistantsService(store, cipher, unitOfWork, clock, ids, count -> {
            byte[] bytes = new byte[count];
            random.nextBytes(bytes);
            return bytes;
        }, trunks, address, overlap);
    }

    /**
     * Genesys' Audio Connector sessions: handshakes checked against the assistants' channels, with the nonces of
     * admitted ones remembered in this instance's memory (one instance; docs/channels.md), and each call a voice
     * interaction of the voice slice.
     */
    @Singleton
    AudioHookSessionsUseCase audioHookSessions(VoiceAssistants store, SecretCipher cipher, UnitOfWork unitOfWork,
                                               Clock clock, VoiceInteractionUseCases voice,
                                               CallRecordings recordings, PublicAddress address) {
        return new AudioHookSessions(store, cipher, unitOfWork, clock, new InMemorySeenNonces(clock),
                voice.startVoiceInteraction(), voice.endVoiceInteraction(), recordings, address);
    }

    /** The calls providers stream to an assistant (Twilio Media Streams): interactions with their recordings. */
    @Singleton
    MediaStreamUseCase mediaStreams(VoiceAssistants store, SecretCipher cipher, UnitOfWork unitOfWork,
                                    VoiceInteractionUseCases voice, CallRecordings recordings, PublicAddress address) {
        return new MediaStreamService(store, cipher, unitOfWork, voice, recordings, address);
    }

    @Singleton
    GetCallRecordingUseCase callRecordings(CallRecordings recordings) {
        return new CallRecordingService(recordings);
    }
}
