package dev.switchboard.adapter.mongo;

import dev.switchboard.application.contract.WebhookEndpointsContract;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookEndpoints;

/**
 * The webhook endpoints on the in-process server. Not the {@code Transactional} cases: this store's endpoints are
 * written at once, outside any unit of work ({@link MongoWebhookEndpoints}).
 */
class MongoWebhookEndpointsContractTest extends WebhookEndpointsContract {

    private static final MongoStorage STORAGE = MongoStorage.on(InProcessMongo.database("contract"));
    private static final WebhookEndpoints ENDPOINTS = new MongoWebhookEndpoints(STORAGE.store());

    @Override
    protected WebhookEndpoints endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return STORAGE.ports().unitOfWork();
    }
}
