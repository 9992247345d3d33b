package dev.switchboard.adapter.jdbc.webhook;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.adapter.jdbc.JdbcUnitOfWork;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.StoredEndpoint;
import dev.switchboard.application.port.out.WebhookEndpoints;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link WebhookEndpoints} in the {@code webhook_endpoint} table. The primary key on the name makes the second of two
 * racing adds fail, and {@code UPDATE … WHERE name = ? AND version = ?} makes an update from an overtaken copy match
 * no row; both hold across transactions and service instances, as for the bot sessions.
 *
 * <p>Every call runs in the {@link JdbcUnitOfWork}: inside a unit it joins the unit's transaction, and outside one it
 * is a unit of its own, so that an outage is reported as {@code StorageUnavailableException} there too.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcWebhookEndpoints implements WebhookEndpoints {

    private final EndpointRowRepository rows;
    private final JdbcUnitOfWork unitOfWork;

    JdbcWebhookEndpoints(EndpointRowRepository rows, JdbcUnitOfWork unitOfWork) {
        this.rows = rows;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(StoredEndpoint endpoint) {
        inUnit(() -> {
            DuplicateKeys.insert(() -> rows.save(EndpointMapper.toRow(endpoint, 1)),
                    "webhook endpoint " + endpoint.name() + " is already stored");
            return null;
        });
    }

    @Override
    public Optional<StoredEndpoint> findByName(String name) {
        return inUnit(() -> rows.findById(name)).map(EndpointMapper::toStored);
    }

    @Override
    public List<StoredEndpoint> findAll() {
        return inUnit(rows::findAllInNameOrder).stream().map(EndpointMapper::toStored).toList();
    }

    @Override
    public void update(StoredEndpoint endpoint) {
        EndpointRow row = EndpointMapper.toRow(endpoint, endpoint.version());
        int matched = inUnit(() -> rows.update(row.name(), row.version(), row.url(), row.description(),
                row.eventTypes(), row.sealedKeys(), row.sealedAuth(), row.enabled(), row.disabledReason(),
                row.disabledAtMs(), row.failingSinceMs(), row.source(), row.createdAtMs(), row.updatedAtMs()));
        if (matched == 0) {
            throw new ConcurrentUpdateException("webhook endpoint " + endpoint.name() + " is not stored at version "
                    + endpoint.version() + ": another update came first, or it was never stored");
        }
    }

    @Override
    public boolean delete(String name) {
        return inUnit(() -> rows.delete(name)) == 1;
    }

    private <T> T inUnit(Supplier<T> access) {
        return unitOfWork.run(access);
    }
}
