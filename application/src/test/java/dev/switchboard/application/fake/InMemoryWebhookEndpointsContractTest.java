package dev.switchboard.application.fake;

import dev.switchboard.application.contract.WebhookEndpointsContract;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookEndpoints;

class InMemoryWebhookEndpointsContractTest extends WebhookEndpointsContract.Transactional {

    private final InMemoryStore store = new InMemoryStore();
    private final WebhookEndpoints endpoints = new InMemoryWebhookEndpoints(store);
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(store);

    @Override
    protected WebhookEndpoints endpoints() {
        return endpoints;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
