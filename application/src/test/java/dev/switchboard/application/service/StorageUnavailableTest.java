package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.RECORDING;
import static dev.switchboard.application.service.VoiceInteractionTestBed.VENDOR_CALLER;
import static dev.switchboard.application.service.VoiceInteractionTestBed.vendorMessagesExample;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.shared.SysId;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every use case, reads included, reaches the store through a unit of work, the one place where a store reports
 * that it cannot be used; the services pass that report on unchanged.
 */
class StorageUnavailableTest {

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();
    private final SysId stored = bed.startInteraction();
    private final StorageUnavailableException outage = new StorageUnavailableException("the store is down");

    /** The same ports and data as the bed's services, behind a unit of work whose store has just gone away. */
    private final VoiceInteractionUseCases duringOutage = VoiceInteractionServices.wire(bed.storage.interactions(),
            bed.storage.conversations(), bed.storage.messages(), new UnitOfWork() {
                @Override
                public <T> T run(Supplier<T> work) {
                    throw outage;
                }
            }, bed.storage.commitGroups(), bed.ids, bed.clock);

    @Test
    void readsReportTheOutageInsteadOfAnsweringFromPortsOutsideAUnit() {
        assertThatThrownBy(() -> duringOutage.getVoiceInteraction().getVoiceInteraction(stored)).isSameAs(outage);
        assertThatThrownBy(() -> duringOutage.listMessages().listMessages(stored, new PageRequest(0, 10)))
                .isSameAs(outage);
    }

    @Test
    void writesReportTheOutage() {
        assertThatThrownBy(() -> duringOutage.startVoiceInteraction()
                .startVoiceInteraction(new StartVoiceInteractionUseCase.Command(VENDOR_CALLER))).isSameAs(outage);
        assertThatThrownBy(() -> duringOutage.addMessages()
                .addMessagesAndWait(new AddVoiceInteractionMessagesUseCase.Command(stored, vendorMessagesExample())))
                .isSameAs(outage);
        assertThatThrownBy(() -> duringOutage.endVoiceInteraction()
                .endVoiceInteraction(new EndVoiceInteractionUseCase.Command(stored, RECORDING))).isSameAs(outage);
    }
}
