package dev.switchboard.application.fake;

import dev.switchboard.application.contract.BotSessionsContract;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.UnitOfWork;

class InMemoryBotSessionsContractTest extends BotSessionsContract.Transactional {

    private final InMemoryStore store = new InMemoryStore();
    private final BotSessions botSessions = new InMemoryBotSessions(store);
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(store);

    @Override
    protected BotSessions botSessions() {
        return botSessions;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
