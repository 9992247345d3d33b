package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Writes a unit's bot session in one write to its document: an insert, or a compare-and-set on the version the unit
 * read. The unit's webhook deliveries (the bot's reply, a handoff, a conversation's end, all of them ordered by the
 * session) are pushed onto the document by that same write, so they exist exactly when the change does; then
 * {@link OutboxRelay} moves them to the outbox.
 */
final class SessionCommit {

    private final MongoCollection<Document> sessions;
    private final OutboxRelay relay;

    SessionCommit(MongoStore store, OutboxRelay relay) {
        this.sessions = store.botSessions();
        this.relay = relay;
    }

    /**
     * @throws DuplicateRecordException  a new session whose id or key is stored already
     * @throws ConcurrentUpdateException another update came first, or the session was never stored; nothing was
     *                                   written then
     */
    void commit(SessionChange change, List<Document> deliveries) {
        if (change.isNew()) {
            insert(change, deliveries);
            relay.relayCommitted(sessions, change.id(), deliveries);
            return;
        }
        Bson expected = and(eq(BotSessionDocuments.ID, change.id()),
                eq(BotSessionDocuments.VERSION, change.expectedVersion()));
        Document fields = new Document(change.document());
        fields.remove(BotSessionDocuments.ID);
        if (deliveries.isEmpty()) {
            if (sessions.updateOne(expected, new Document("$set", fields)).getMatchedCount() == 0) {
                throw stale(change);
            }
            return;
        }
        // The document as written tells what it carries now: deliveries a crash left on it go first.
        Document written = sessions.findOneAndUpdate(expected, new Document("$set", fields)
                        .append("$push", new Document(OutboxDocuments.CARRIED, new Document("$each", deliveries))),
                new FindOneAndUpdateOptions().projection(include(OutboxDocuments.CARRIED))
                        .returnDocument(ReturnDocument.AFTER));
        if (written == null) {
            throw stale(change);
        }
        relay.relayCommitted(sessions, change.id(), OutboxDocuments.carried(written));
    }

    private void insert(SessionChange change, List<Document> deliveries) {
        try {
            sessions.insertOne(new Document(change.document()).append(OutboxDocuments.CARRIED, deliveries));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateRecordException("bot session " + change.id() + " or one for its key"
                        + " is already stored", e);
            }
            throw e;
        }
    }

    private static ConcurrentUpdateException stale(SessionChange change) {
        return new ConcurrentUpdateException("bot session " + change.id() + " is not stored at version "
                + change.expectedVersion() + ": another update came first, or it was never stored");
    }
}
