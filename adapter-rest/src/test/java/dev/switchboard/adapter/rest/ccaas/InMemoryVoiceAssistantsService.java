package dev.switchboard.adapter.rest.ccaas;

import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.InMemoryVoiceAssistants;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.PublicAddress;
import dev.switchboard.application.service.VoiceAssistantsService;
import dev.switchboard.domain.assistant.SipTrunks;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * The voice assistants service on an in-memory store, for the channel tests' factories: the channel is configured over
 * the real admin API and the channel's service reads it here. Secrets are sealed by a reversible stand-in cipher,
 * generated from a secure random source; the generated URLs are on {@link #PUBLIC_ADDRESS}.
 */
public final class InMemoryVoiceAssistantsService {

    public static final PublicAddress PUBLIC_ADDRESS = () -> URI.create("https://switchboard.example");

    private InMemoryVoiceAssistantsService() {
    }

    /** With the test's clock and ids, and a rotated secret's overlap of {@code rotationOverlap}. */
    public static VoiceAssistantsUseCase service(Clock clock, IdGenerator ids, Duration rotationOverlap) {
        InMemoryStore store = new InMemoryStore();
        SecureRandom random = new SecureRandom();
        return new VoiceAssistantsService(new InMemoryVoiceAssistants(store), new ReversingCipher(),
                new InMemoryUnitOfWork(store), clock, ids, count -> {
                    byte[] bytes = new byte[count];
                    random.nextBytes(bytes);
                    return bytes;
                }, SipTrunks.NONE, PUBLIC_ADDRESS, rotationOverlap);
    }
}
