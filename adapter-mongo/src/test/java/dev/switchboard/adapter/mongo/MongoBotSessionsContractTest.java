package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.BotSessionsContract;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.UnitOfWork;

/**
 * The bot sessions on the in-process server. Not the {@code Transactional} cases: this store's sessions are written
 * at once, outside any unit of work ({@link MongoBotSessions}).
 */
class MongoBotSessionsContractTest extends BotSessionsContract {

    private static final MongoStorage STORAGE = MongoStorage.on(InProcessMongo.database("contract"));
    private static final BotSessions BOT_SESSIONS = new MongoBotSessions(STORAGE.store());

    @Override
    protected BotSessions botSessions() {
        return BOT_SESSIONS;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return STORAGE.ports().unitOfWork();
    }
}
