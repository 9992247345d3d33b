package dev.switchboard.application.service;

import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.ConversationOrigin;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What live messages and post-call transcripts have in common: finding or starting an interaction's conversation,
 * and appending the utterances it does not hold yet. It stores conversations and messages; the interactions belong
 * to the calling service, which applies each {@link Appended} result to its interaction.
 *
 * <p>The work of one unit is an {@link Appends}: it reads what the appends need up front (the conversations, then
 * which of the utterances are stored already: two queries however many interactions take part), changes the
 * conversations in memory, and stores everything with {@link Appends#store()}: one batch per kind of write. That is
 * what lets a group of requests cost about as many round trips to the database as one request.
 */
final class TranscriptAppender {

    private final Conversations conversations;
    private final TranscriptMessages messages;
    private final IdGenerator ids;
    private final Clock clock;
    private final WebhookEvents events;

    TranscriptAppender(Conversations conversations, TranscriptMessages messages, IdGenerator ids, Clock clock,
                       WebhookEvents events) {
        this.conversations = conversations;
        this.messages = messages;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Starts the appends of one unit of work.
     *
     * @param planned by interaction, every utterance the unit may append to its conversation (it may append fewer)
     */
    Appends begin(Map<SysId, ? extends List<Utterance>> planned) {
        Map<SysId, Conversation> stored = conversations.findByInteractions(planned.keySet());
        Map<SysId, Set<String>> keysToCheck = new LinkedHashMap<>();
        stored.forEach((interactionId, conversation) -> {
            Set<String> keys = new LinkedHashSet<>();
            planned.get(interactionId).forEach(utterance -> keys.add(utterance.deduplicationKey()));
            if (!keys.isEmpty()) {
                keysToCheck.put(conversation.id(), keys);
            }
        });
        Map<SysId, Set<String>> storedKeys = keysToCheck.isEmpty() ? Map.of() : messages.findExistingKeys(keysToCheck);
        return new Appends(stored, storedKeys);
    }

    /** Starts the appends of a unit of work on one interaction. */
    Appends begin(SysId interactionId, List<Utterance> planned) {
        return begin(Map.of(interactionId, planned));
    }

    /** The appends of one unit of work; nothing is stored before {@link #store()}. */
    final class Appends {

        private final Map<SysId, Conversation> byInteraction;
        /** By conversation id: the deduplication keys it holds, stored before or appended by this unit. */
        private final Map<SysId, Set<String>> heldKeys = new HashMap<>();
        private final List<Conversation> started = new ArrayList<>();
        private final Set<Conversation> changed = new LinkedHashSet<>();
        private final List<TranscriptMessage> fresh = new ArrayList<>();
        private final Instant now = clock.now();

        private Appends(Map<SysId, Conversation> stored, Map<SysId, Set<String>> storedKeys) {
            this.byInteraction = new HashMap<>(stored);
            storedKeys.forEach((conversationId, keys) -> heldKeys.put(conversationId, new HashSet<>(keys)));
        }

        /** The interaction's conversation, started now if it has none (and stored with the rest). */
        Conversation conversationOf(SysId interactionId) {
            return byInteraction.computeIfAbsent(interactionId, id -> {
                Conversation conversation = Conversation.begin(ids.next(), id, now);
                started.add(conversation);
                return conversation;
            });
        }

        /**
         * Appends to the interaction's conversation the planned utterances it does not hold yet (re-sent copies are
         * skipped, also within the batch and across the unit's earlier appends).
         */
        Appended append(SysId interactionId, List<Utterance> utterances) {
            Conversation conversation = conversationOf(interactionId);
            Set<String> held = heldKeys.computeIfAbsent(conversation.id(), id -> new HashSet<>());
            List<TranscriptMessage> stored = new ArrayList<>();
            for (Utterance utterance : utterances) {
                if (held.add(utterance.deduplicationKey())) {
                    stored.add(conversation.append(ids.next(), utterance, now));
                }
            }
            fresh.addAll(stored);
            changed.add(conversation);
            return new Appended(conversation.id(), List.copyOf(stored), conversation.sentiment());
        }

        /** Appends a post-call transcript, first recording where it came from (values already recorded are kept). */
        Appended appendPostCall(SysId interactionId, ConversationOrigin origin, List<Utterance> utterances) {
            conversationOf(interactionId).describeOrigin(origin);
            return append(interactionId, utterances);
        }

        /** Stores the started conversations (publishing that they were created), every message, the changes. */
        void store() {
            if (!started.isEmpty()) {
                conversations.addAll(started);
                events.publishAll(started.stream().map(conversation -> new WebhookEvents.Pending(
                        EventType.CONVERSATION_CREATED, conversation.interactionId().value(),
                        () -> VoiceEventData.conversationCreated(conversation))).toList());
            }
            if (!fresh.isEmpty()) {
                messages.addAll(fresh);
            }
            changed.removeAll(started);
            if (!changed.isEmpty()) {
                conversations.updateAll(changed);
            }
        }

        /**
         * Publishes the messages each append stored, in the order of the appends; after {@link #store()}, so that a
         * conversation's created event comes first.
         */
        void publishStored(EventType type, List<Appended> appended) {
            List<WebhookEvents.Pending> pending = new ArrayList<>();
            for (Appended one : appended) {
                if (!one.stored().isEmpty()) {
                    Conversation conversation = byInteraction.values().stream()
                            .filter(candidate -> candidate.id().equals(one.conversationId())).findFirst().orElseThrow();
                    pending.add(new WebhookEvents.Pending(type, conversation.interactionId().value(),
                            () -> VoiceEventData.messages(conversation, one.stored())));
                }
            }
            events.publishAll(pending);
        }
    }

    /**
     * What an append changed.
     *
     * @param conversationId the conversation appended to
     * @param stored         the messages stored now (re-sent copies excluded)
     * @param sentiment      the conversation's overall sentiment after the append
     */
    record Appended(SysId conversationId, List<TranscriptMessage> stored, Optional<Sentiment> sentiment) {
    }
}
