package dev.switchboard.adapter.jdbc.message;

import io.micronaut.core.annotation.Introspected;

/** A deduplication key and the conversation that holds it: one row of a key look-up over several conversations. */
@Introspected
record StoredKey(String conversationId, String dedupKey) {
}
