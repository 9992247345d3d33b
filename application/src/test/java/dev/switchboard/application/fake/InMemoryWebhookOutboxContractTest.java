package dev.switchboard.application.fake;

import dev.switchboard.application.contract.WebhookOutboxContract;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookOutbox;

class InMemoryWebhookOutboxContractTest extends WebhookOutboxContract.Transactional {

    private final InMemoryStore store = new InMemoryStore();
    private final WebhookOutbox outbox = new InMemoryWebhookOutbox(store);
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(store);

    @Override
    protected WebhookOutbox outbox() {
        return outbox;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
