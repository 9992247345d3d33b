package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.Document;

/**
 * One interaction document as a unit of work sees it: as it was read from the store, and as the unit will leave it,
 * with the messages the unit appends to its conversation. Reads in the unit are served from {@link #current()}, so
 * a unit sees its own changes and reads the same document every time.
 */
final class TrackedInteraction {

    private final SysId id;
    private final Document stored;
    private Document current;
    private boolean changed;
    private final List<TranscriptMessage> messages = new ArrayList<>();

    /** @param stored the document as read, or null when the store has no such interaction */
    TrackedInteraction(SysId id, Document stored) {
        this.id = Objects.requireNonNull(id, "id");
        this.stored = stored;
        this.current = stored;
    }

    SysId id() {
        return id;
    }

    /** The document as read; null when the unit adds the interaction. */
    Document stored() {
        return stored;
    }

    /** The document as the unit will leave it; null while the interaction does not exist. */
    Document current() {
        return current;
    }

    /** The new state of the document. Callers pass a new Document and never change one they were given. */
    void change(Document next) {
        current = next;
        changed = true;
    }

    void append(List<TranscriptMessage> batch) {
        messages.addAll(batch);
        changed = true;
    }

    boolean changed() {
        return changed;
    }

    boolean isNew() {
        return stored == null;
    }

    long storedVersion() {
        return stored.getLong(InteractionDocuments.VERSION);
    }

    List<TranscriptMessage> messages() {
        return messages;
    }

    String conversationId() {
        return current == null ? null : InteractionDocuments.conversationId(current);
    }
}
