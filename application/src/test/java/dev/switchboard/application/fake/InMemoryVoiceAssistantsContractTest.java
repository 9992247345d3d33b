package dev.switchboard.application.fake;

import dev.switchboard.application.contract.VoiceAssistantsContract;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.VoiceAssistants;

class InMemoryVoiceAssistantsContractTest extends VoiceAssistantsContract.Transactional {

    private final InMemoryStore store = new InMemoryStore();
    private final VoiceAssistants assistants = new InMemoryVoiceAssistants(store);
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(store);

    @Override
    protected VoiceAssistants assistants() {
        return assistants;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
