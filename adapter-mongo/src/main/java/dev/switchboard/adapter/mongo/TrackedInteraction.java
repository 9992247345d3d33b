package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * One interaction document as a unit of work sees it: as read from the store, and as the unit will leave it, with
 * the messages the unit appends to its conversation. Reads in the unit are served from {@link #current()}.
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

    /** The document as the unit read it; null when the store had no such interaction. */
    Document stored() {
        return stored;
    }

    /** The version the unit read, which the commit's compare-and-set expects to find still in place. */
    long storedVersion() {
        return InteractionDocuments.version(stored);
    }

    /** The batches committed when the unit read the document: what readers may see, whatever the unit appends. */
    List<String> committedBatches() {
        return isNew() ? List.of() : InteractionDocuments.batches(stored);
    }

    List<TranscriptMessage> messages() {
        return messages;
    }

    /** The deduplication keys of the messages the unit appends. */
    List<String> appendedKeys() {
        return messages.stream().map(TranscriptMessage::deduplicationKey).toList();
    }

    /** Which of the keys the conversation holds: committed before the unit read the document, or appended by it. */
    Set<String> heldKeys(Collection<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        List<String> committed = isNew() ? List.of() : InteractionDocuments.dedupKeys(stored);
        Set<String> held = new HashSet<>();
        Stream.concat(committed.stream(), appendedKeys().stream()).filter(wanted::contains).forEach(held::add);
        return held;
    }

    String conversationId() {
        return current == null ? null : ConversationDocuments.idIn(current);
    }
}
