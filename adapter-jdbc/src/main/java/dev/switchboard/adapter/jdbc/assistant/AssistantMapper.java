package dev.switchboard.adapter.jdbc.assistant;

import dev.switchboard.application.port.out.StoredAssistant;
import java.time.Instant;

/** Converts stored assistants to rows and back: instants as epoch milliseconds, the texts untouched. */
final class AssistantMapper {

    private AssistantMapper() {
    }

    /** The assistant's row with {@code version} in it: 1 for an insert, the version it was read at for an update. */
    static AssistantRow toRow(StoredAssistant a, long version) {
        return new AssistantRow(a.id(), a.name(), a.description(), a.providerApplication(), a.channels(),
                a.sealedSecrets(), a.createdAt().toEpochMilli(), a.updatedAt().toEpochMilli(), version);
    }

    static StoredAssistant toStored(AssistantRow row) {
        return new StoredAssistant(row.id(), row.name(), row.description(), row.providerApplication(), row.channels(),
                row.sealedSecrets(), Instant.ofEpochMilli(row.createdAtMs()), Instant.ofEpochMilli(row.updatedAtMs()),
                row.version());
    }
}
