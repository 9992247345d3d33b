package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import org.bson.Document;

/**
 * What one run of a unit of work has read and wants to write. Nothing is written before {@link #commit()}: the
 * ports record changes here, reads by id see them, and a unit that throws leaves the store untouched. Queries that
 * are not by id (by client session id, pages of messages) read committed state.
 */
final class UnitOfChanges {

    private final MongoStore store;
    private final InteractionLocks locks;
    private final Map<SysId, TrackedInteraction> tracked = new LinkedHashMap<>();
    private final Set<SysId> lockedIds = new HashSet<>();
    private final List<Lock> heldLocks = new ArrayList<>();

    UnitOfChanges(MongoStore store, InteractionLocks locks) {
        this.store = store;
        this.locks = locks;
    }

    Optional<Interaction> interaction(SysId id) {
        return Optional.ofNullable(track(id).current()).map(InteractionDocuments::toInteraction);
    }

    /**
     * Locks the interaction for the rest of the unit, then reads it. Read again after locking, unless the unit has
     * changed it already, so that the version the commit compares against is the one the previous holder left.
     */
    Optional<Interaction> interactionForUpdate(SysId id) {
        if (lockedIds.add(id)) {
            heldLocks.add(locks.lock(id));
            TrackedInteraction seen = tracked.get(id);
            if (seen != null && !seen.changed()) {
                tracked.remove(id);
            }
        }
        return interaction(id);
    }

    void addInteraction(Interaction interaction) {
        TrackedInteraction existing = tracked.get(interaction.id());
        if (existing != null && existing.current() != null) {
            throw new IllegalStateException("duplicate interaction " + interaction.id());
        }
        // Not read first: if the store has it already, the insert at commit fails on the unique _id.
        TrackedInteraction added = existing != null ? existing : new TrackedInteraction(interaction.id(), null);
        added.change(InteractionDocuments.toDocument(interaction));
        tracked.put(interaction.id(), added);
    }

    void updateInteraction(Interaction interaction) {
        TrackedInteraction target = track(interaction.id());
        if (target.current() == null) {
            throw new IllegalStateException("unknown interaction " + interaction.id());
        }
        Document next = new Document(target.current());
        next.putAll(InteractionDocuments.toDocument(interaction));
        target.change(next);
    }

    Optional<Conversation> conversation(SysId interactionId) {
        Document current = track(interactionId).current();
        return current == null ? Optional.empty() : Optional.ofNullable(InteractionDocuments.toConversation(current));
    }

    void addConversation(Conversation conversation) {
        TrackedInteraction target = track(conversation.interactionId());
        if (target.current() == null) {
            throw new IllegalStateException("unknown interaction " + conversation.interactionId());
        }
        if (target.conversationId() != null) {
            throw new IllegalStateException("interaction " + conversation.interactionId() + " has a conversation");
        }
        setConversation(target, conversation);
    }

    void updateConversation(Conversation conversation) {
        TrackedInteraction target = track(conversation.interactionId());
        if (!conversation.id().value().equals(target.conversationId())) {
            throw new IllegalStateException("unknown conversation " + conversation.id());
        }
        setConversation(target, conversation);
    }

    /** The keys the conversation holds: committed ones, and those this unit appends. */
    Set<String> existingKeys(SysId conversationId, Collection<String> keys) {
        Optional<TrackedInteraction> owner = trackByConversation(conversationId);
        if (owner.isEmpty() || keys.isEmpty()) {
            return Set.of();
        }
        TrackedInteraction interaction = owner.get();
        Set<String> wanted = new HashSet<>(keys);
        Set<String> found = new HashSet<>();
        if (!interaction.isNew()) {
            for (String committed : InteractionDocuments.dedupKeys(interaction.stored())) {
                if (wanted.contains(committed)) {
                    found.add(committed);
                }
            }
        }
        for (TranscriptMessage pending : interaction.messages()) {
            if (wanted.contains(pending.deduplicationKey())) {
                found.add(pending.deduplicationKey());
            }
        }
        return found;
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
                    throw new IllegalStateException("message sent twice in one batch: " + message.deduplicationKey());
                }
            }
            Set<String> stored = existingKeys(conversationId, keys);
            if (!stored.isEmpty()) {
                throw new IllegalStateException("message already stored: " + stored.iterator().next());
            }
            owner.append(batch);
        });
    }

    /**
     * Writes what the unit changed. A unit may change one interaction (with its conversation and messages): that
     * is what one single-document compare-and-set can make visible at once, and every use case needs no more.
     *
     * @return false when another unit changed the interaction first; nothing became visible then
     */
    boolean commit() {
        List<TrackedInteraction> changes = tracked.values().stream().filter(TrackedInteraction::changed).toList();
        if (changes.isEmpty()) {
            return true;
        }
        if (changes.size() > 1) {
            throw new IllegalStateException("a unit of work on MongoDB may change one interaction, this one changed "
                    + changes.stream().map(TrackedInteraction::id).toList());
        }
        return store.commit(changes.get(0));
    }

    /** Unlocks what the unit locked. */
    void release() {
        heldLocks.forEach(Lock::unlock);
        heldLocks.clear();
        lockedIds.clear();
    }

    private TrackedInteraction track(SysId id) {
        return tracked.computeIfAbsent(id, key -> new TrackedInteraction(key, store.findInteraction(key)));
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

    private static void setConversation(TrackedInteraction target, Conversation conversation) {
        Document next = new Document(target.current());
        next.put(InteractionDocuments.CONVERSATION, InteractionDocuments.toDocument(conversation));
        target.change(next);
    }
}
