package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.VoiceAssistantsContract;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.VoiceAssistants;

/**
 * The voice assistants on the in-process server. Not the {@code Transactional} cases: this store's assistants are
 * written at once, outside any unit of work ({@link MongoVoiceAssistants}).
 */
class MongoVoiceAssistantsContractTest extends VoiceAssistantsContract {

    private static final MongoStorage STORAGE = MongoStorage.on(InProcessMongo.database("contract"));
    private static final VoiceAssistants ASSISTANTS = new MongoVoiceAssistants(STORAGE.store());

    @Override
    protected VoiceAssistants assistants() {
        return ASSISTANTS;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return STORAGE.ports().unitOfWork();
    }
}
