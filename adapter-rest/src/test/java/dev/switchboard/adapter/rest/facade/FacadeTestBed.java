package dev.switchboard.adapter.rest.facade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.request.Leniency;
import dev.switchboard.adapter.rest.request.RequestReader;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryStorage;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.GetVoiceInteractionUseCase.InteractionSummary;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.service.VoiceInteractionServices;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.List;

/**
 * The facade over the real use cases, wired to fresh in-memory storage, a fixed clock and scripted ids, as
 * Switchboard runs by default (vendor-compatible). The read use cases check what the facade stored.
 */
final class FacadeTestBed {

    static final Instant NOW = Instant.parse("2026-03-12T09:00:00Z");

    final StorageFixture storage = InMemoryStorage.create();
    final FixedClock clock = new FixedClock(NOW);
    final ScriptedIdGenerator ids = new ScriptedIdGenerator();
    final VoiceInteractionUseCases services = VoiceInteractionServices.wire(storage.interactions(),
            storage.conversations(), storage.messages(), storage.unitOfWork(), storage.commitGroups(), ids, clock);
    final VoiceTranscriptObject facade = new VoiceTranscriptObject(services,
            new RequestReader(Leniency.VENDOR_COMPATIBLE, TranscriptPolicy.defaults()));

    /** Starts an interaction through the facade and makes it get {@code id}, so a seed example can name it. */
    String startInteraction(String id, String json) {
        ids.thenReturn(id);
        assertThat(facade.startVoiceInteraction(json))
                .isEqualTo("{\"interactionId\":\"" + id + "\",\"status\":\"SUCCESS\"}");
        return id;
    }

    String startInteraction(String id) {
        return startInteraction(id, "{\"userId\":\"+14089178877\"}");
    }

    InteractionSummary interaction(String id) {
        return services.getVoiceInteraction().getVoiceInteraction(SysId.of(id));
    }

    List<TranscriptMessage> messages(String interactionId) {
        return services.listMessages().listMessages(SysId.of(interactionId), new PageRequest(0, 100)).messages();
    }

    Conversation conversation(String interactionId) {
        return storage.conversations().findByInteraction(SysId.of(interactionId)).orElseThrow();
    }

    static String transcriptSaved(String conversationId) {
        return "Voice conversation transcript has been successfully saved. Conversation id: " + conversationId;
    }
}
