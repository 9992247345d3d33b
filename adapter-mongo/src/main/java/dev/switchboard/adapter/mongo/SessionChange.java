package dev.switchboard.adapter.mongo;

import org.bson.Document;

/**
 * A bot session that a unit of work adds or updates, written when the unit commits ({@link SessionCommit}).
 *
 * @param document        the session as the unit leaves it, with the version it will have
 * @param isNew           whether the unit adds it (an insert) rather than updates a stored one
 * @param expectedVersion for an update, the version the unit read, which the compare-and-set expects still in place
 */
record SessionChange(Document document, boolean isNew, long expectedVersion) {

    String id() {
        return document.getString(BotSessionDocuments.ID);
    }

    long version() {
        return document.getLong(BotSessionDocuments.VERSION);
    }
}
