package dev.switchboard.adapter.rest.facade;

import static dev.switchboard.adapter.rest.facade.VendorExamples.ADD_MESSAGES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.FailingUseCases;
import dev.switchboard.adapter.rest.request.Leniency;
import dev.switchboard.adapter.rest.request.RequestReader;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import org.junit.jupiter.api.Test;

/** A store that cannot be used gives the documented error form with a request to try again, not an internal error. */
class VoiceTranscriptObjectStorageUnavailableTest {

    private final VoiceTranscriptObject facade = new VoiceTranscriptObject(
            FailingUseCases.throwing(() -> new StorageUnavailableException(FailingUseCases.OUTAGE)),
            new RequestReader(Leniency.VENDOR_COMPATIBLE, TranscriptPolicy.defaults()));

    @Test
    void theCallerIsToldToTryAgainLater() {
        assertThat(facade.addVoiceInteractionMessage("1f4ed6fdb7471110b6e8bc15ae11a971", ADD_MESSAGES))
                .isEqualTo("Exception occurred while adding the message: " + VoiceTranscriptObject.STORAGE_UNAVAILABLE);
    }
}
