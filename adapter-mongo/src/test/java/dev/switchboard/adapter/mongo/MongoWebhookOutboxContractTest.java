package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.WebhookOutboxContract;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookOutbox;

/**
 * The outbox on the in-process server, with the {@code Transactional} case: an append inside a unit of work is
 * written by the unit's commit, so a unit that fails writes none ({@link MongoWebhookOutbox}).
 */
class MongoWebhookOutboxContractTest extends WebhookOutboxContract.Transactional {

    private static final MongoStorage STORAGE = MongoStorage.on(InProcessMongo.database("contract"));
    private static final WebhookOutbox OUTBOX = STORAGE.webhookOutbox();

    @Override
    protected WebhookOutbox outbox() {
        return OUTBOX;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return STORAGE.ports().unitOfWork();
    }
}
