package dev.switchboard.adapter.mongo;

import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * What one run of a unit of work has read and wants to write: the ports record changes here and reads by id see
 * them, but nothing is written until the unit commits its {@link #sessionChange() bot session}, its
 * {@link #change() interaction} and its {@link #deliveries() webhook deliveries}.
 */
final class UnitOfChanges {

    private final MongoStore store;
    private final Map<SysId, TrackedInteraction> tracked = new LinkedHashMap<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private SessionChange session;

    UnitOfChanges(MongoStore store) {
        this.store = store;
    }

    /** The interaction's document as the unit leaves it so far; empty when there is no such interaction. */
    Optional<Document> interaction(SysId id) {
        return Optional.ofNullable(track(id).current());
    }

    /** Forgets a copy read earlier and left unchanged, so that the next read sees what the store holds now. */
    void forgetUnchanged(SysId id) {
        TrackedInteraction seen = tracked.get(id);
        if (seen != null && !seen.changed()) {
            tracked.remove(id);
        }
    }

    void addInteraction(SysId id, Document interaction) {
        TrackedInteraction existing = tracked.get(id);
        if (existing != null && existing.current() != null) {
            throw new DuplicateRecordException("duplicate interaction " + id);
        }
        // Not read first: if the store has it already, the insert at commit fails on the unique _id.
        TrackedInteraction added = existing != null ? existing : new TrackedInteraction(id, null);
        added.change(interaction);
        tracked.put(id, added);
    }

    /** Sets the interaction's own fields; conversation, version, batches and keys stay as they are. */
    void updateInteraction(SysId id, Document fields) {
        TrackedInteraction target = existing(id);
        Document next = new Document(target.current());
        next.putAll(fields);
        target.change(next);
    }

    void addConversation(SysId interactionId, Document conversation) {
        TrackedInteraction target = existing(interactionId);
        if (target.conversationId() != null) {
            throw new DuplicateRecordException("interaction " + interactionId + " has a conversation");
        }
        setConversation(target, conversation);
    }

    void updateConversation(SysId interactionId, Document conversation) {
        TrackedInteraction target = track(interactionId);
        String id = ConversationDocuments.id(conversation);
        if (!id.equals(target.conversationId())) {
            throw new IllegalStateException("unknown conversation " + id);
        }
        setConversation(target, conversation);
    }

    /** The keys the conversation holds: committed ones, and those this unit appends. */
    Set<String> existingKeys(SysId conversationId, Collection<String> keys) {
        return trackByConversation(conversationId).map(owner -> owner.heldKeys(keys)).orElse(Set.of());
    }

    /**
     * The conversation's committed batches, from the interaction document the unit has read already (a page read
     * after the interaction costs no second look at it), else from a read by conversation.
     */
    List<String> committedBatches(SysId conversationId) {
        return trackByConversation(conversationId).map(TrackedInteraction::committedBatches).orElse(List.of());
    }

    /**
     * Appends a batch. A key the conversation already holds fails the whole batch, as the unique constraint does
     * in SQL; the commit's compare-and-set makes the check hold against units that append at the same time.
     */
    void addMessages(List<TranscriptMessage> messages) {
        Map<SysId, List<TranscriptMessage>> byConversation = new LinkedHashMap<>();
        for (TranscriptMessage message : messages) {
            byConversation.computeIfAbsent(message.conversationId(), id -> new ArrayList<>()).add(message);
        }
        byConversation.forEach((conversationId, batch) -> {
            TrackedInteraction owner = trackByConversation(conversationId)
                    .orElseThrow(() -> new IllegalStateException("unknown conversation " + conversationId));
            Set<String> keys = new HashSet<>();
            for (TranscriptMessage message : batch) {
                if (!keys.add(message.deduplicationKey())) {
                    throw new DuplicateRecordException("message sent twice in one batch: " + message.deduplicationKey());
                }
            }
            Set<String> stored = owner.heldKeys(keys);
            if (!stored.isEmpty()) {
                throw new DuplicateRecordException("message already stored: " + stored.iterator().next());
            }
            owner.append(batch);
        });
    }

    /**
     * The one interaction the unit changed, if any: one, because that is what a single-document compare-and-set can
     * make visible at once, and no use case needs more. A unit that changed two fails here, before writing anything.
     */
    Optional<TrackedInteraction> change() {
        List<TrackedInteraction> changes = tracked.values().stream().filter(TrackedInteraction::changed).toList();
        if (changes.size() > 1) {
            throw new IllegalStateException("a unit of work on MongoDB may change one interaction, this one changed "
                    + changes.stream().map(TrackedInteraction::id).toList());
        }
        return changes.stream().findFirst();
    }

    /** Deliveries to write with the unit's commit, in this order. */
    void appendDeliveries(List<Delivery> appended) {
        Set<SysId> ids = new HashSet<>();
        deliveries.forEach(delivery -> ids.add(delivery.id()));
        for (Delivery delivery : appended) {
            if (!ids.add(delivery.id())) {
                throw new DuplicateRecordException("delivery " + delivery.id() + " is appended twice");
            }
        }
        deliveries.addAll(appended);
    }

    List<Delivery> deliveries() {
        return deliveries;
    }

    /** A new bot session, inserted at the commit; a session stored already makes the commit fail. */
    void addSession(Document document) {
        if (session != null && session.id().equals(document.getString(BotSessionDocuments.ID))) {
            throw new DuplicateRecordException("bot session " + session.id() + " is added twice");
        }
        recordSession(new SessionChange(document, true, 0));
    }

    /**
     * A bot session's new state, made from the copy at {@code readVersion}. A copy of the unit's own change must be of
     * its latest state, as a copy of a stored one must be at the commit's compare-and-set.
     */
    void updateSession(Document document, long readVersion) {
        if (session != null && session.id().equals(document.getString(BotSessionDocuments.ID))) {
            if (readVersion != session.version()) {
                throw new ConcurrentUpdateException("bot session " + session.id() + " is at version "
                        + session.version() + " in this unit, not " + readVersion);
            }
            session = new SessionChange(document, session.isNew(), session.expectedVersion());
            return;
        }
        recordSession(new SessionChange(document, false, readVersion));
    }

    /** The unit's own state of a session it changed that matches the filter, if any: reads see their writes. */
    Optional<Document> changedSession(Predicate<Document> matching) {
        return Optional.ofNullable(session).map(SessionChange::document).filter(matching);
    }

    /** The bot session the unit changed, if any: at most one, which is all a use case changes. */
    Optional<SessionChange> sessionChange() {
        return Optional.ofNullable(session);
    }

    private void recordSession(SessionChange change) {
        if (session != null) {
            throw new IllegalStateException("a unit of work on MongoDB may change one bot session, this one changed "
                    + session.id() + " and " + change.id());
        }
        session = change;
    }

    private TrackedInteraction track(SysId id) {
        return tracked.computeIfAbsent(id, key -> new TrackedInteraction(key, store.findInteraction(key)));
    }

    private TrackedInteraction existing(SysId id) {
        TrackedInteraction target = track(id);
        if (target.current() == null) {
            throw new IllegalStateException("unknown interaction " + id);
        }
        return target;
    }

    private Optional<TrackedInteraction> trackByConversation(SysId conversationId) {
        for (TrackedInteraction interaction : tracked.values()) {
            if (conversationId.value().equals(interaction.conversationId())) {
                return Optional.of(interaction);
            }
        }
        Document found = store.findInteractionByConversation(conversationId);
        if (found == null) {
            return Optional.empty();
        }
        TrackedInteraction interaction = tracked.computeIfAbsent(
                SysId.of(found.getString(InteractionDocuments.ID)), id -> new TrackedInteraction(id, found));
        // A copy this unit read earlier, before the conversation was committed, cannot take its messages.
        return conversationId.value().equals(interaction.conversationId()) ? Optional.of(interaction) : Optional.empty();
    }

    private static void setConversation(TrackedInteraction target, Document conversation) {
        Document next = new Document(target.current());
        next.put(ConversationDocuments.FIELD, conversation);
        target.change(next);
    }
}
