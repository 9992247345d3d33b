package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.BotSessionsContract;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.UnitOfWork;

/**
 * The bot sessions on the in-process server, with the {@code Transactional} cases: inside a unit of work a session is
 * written at the unit's commit ({@link MongoBotSessions}), so a unit that fails writes none.
 */
class MongoBotSessionsContractTest extends BotSessionsContract.Transactional {

    private static final MongoStorage STORAGE = MongoStorage.on(InProcessMongo.database("contract"));
    private static final BotSessions BOT_SESSIONS = STORAGE.botSessions();

    @Override
    protected BotSessions botSessions() {
        return BOT_SESSIONS;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return STORAGE.ports().unitOfWork();
    }
}
