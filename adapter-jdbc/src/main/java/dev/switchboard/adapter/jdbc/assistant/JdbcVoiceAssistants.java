package dev.switchboard.adapter.jdbc.assistant;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.adapter.jdbc.JdbcUnitOfWork;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.StoredAssistant;
import dev.switchboard.application.port.out.VoiceAssistants;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link VoiceAssistants} in the {@code voice_assistant} table. The primary key on the id makes the second of two
 * adds of one id fail, and {@code UPDATE … WHERE id = ? AND version = ?} makes an update from an overtaken copy match
 * no row; both hold across transactions and service instances, as for the webhook endpoints.
 *
 * <p>Every call runs in the {@link JdbcUnitOfWork}: inside a unit it joins the unit's transaction, and outside one it
 * is a unit of its own, so that an outage is reported as {@code StorageUnavailableException} there too.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcVoiceAssistants implements VoiceAssistants {

    private final AssistantRowRepository rows;
    private final JdbcUnitOfWork unitOfWork;

    JdbcVoiceAssistants(AssistantRowRepository rows, JdbcUnitOfWork unitOfWork) {
        this.rows = rows;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(StoredAssistant assistant) {
        inUnit(() -> {
            DuplicateKeys.insert(() -> rows.save(AssistantMapper.toRow(assistant, 1)),
                    "voice assistant " + assistant.id() + " is already stored");
            return null;
        });
    }

    @Override
    public Optional<StoredAssistant> findById(String id) {
        return inUnit(() -> rows.findById(id)).map(AssistantMapper::toStored);
    }

    @Override
    public List<StoredAssistant> findAll() {
        return inUnit(rows::findAllInNameOrder).stream().map(AssistantMapper::toStored).toList();
    }

    @Override
    public void update(StoredAssistant assistant) {
        AssistantRow row = AssistantMapper.toRow(assistant, assistant.version());
        int matched = inUnit(() -> rows.update(row.id(), row.version(), row.name(), row.description(),
                row.providerApplication(), row.channels(), row.sealedSecrets(), row.createdAtMs(),
                row.updatedAtMs()));
        if (matched == 0) {
            throw new ConcurrentUpdateException("voice assistant " + assistant.id() + " is not stored at version "
                    + assistant.version() + ": another update came first, or it was never stored");
        }
    }

    @Override
    public boolean delete(String id) {
        return inUnit(() -> rows.delete(id)) == 1;
    }

    private <T> T inUnit(Supplier<T> access) {
        return unitOfWork.run(access);
    }
}
