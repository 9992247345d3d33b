package dev.switchboard.adapter.mongo;

import dev.switchboard.application.port.out.StoredAssistant;
import java.util.Date;
import org.bson.Document;

/**
 * Converts a stored assistant to its document in {@code voice_assistants} and back. The id is the {@code _id}, so the
 * store itself refuses a second assistant with it; the channels are the plain and the sealed text the service hands
 * over, instants BSON dates, as in the other collections.
 */
final class VoiceAssistantDocuments {

    static final String ID = "_id";
    static final String NAME = "name";
    static final String VERSION = "version";

    private VoiceAssistantDocuments() {
    }

    /** The whole assistant with {@code version} in it: 1 for an insert, one more than the stored one for a replace. */
    static Document toDocument(StoredAssistant a, long version) {
        return new Document(ID, a.id())
                .append(NAME, a.name())
                .append("description", a.description())
                .append("providerApplication", a.providerApplication())
                .append("channels", a.channels())
                .append("sealedSecrets", a.sealedSecrets())
                .append("createdAt", Date.from(a.createdAt()))
                .append("updatedAt", Date.from(a.updatedAt()))
                .append(VERSION, version);
    }

    static StoredAssistant toStored(Document document) {
        return new StoredAssistant(document.getString(ID), document.getString(NAME), document.getString("description"),
                document.getString("providerApplication"), document.getString("channels"),
                document.getString("sealedSecrets"), document.getDate("createdAt").toInstant(),
                document.getDate("updatedAt").toInstant(), document.getLong(VERSION));
    }
}
