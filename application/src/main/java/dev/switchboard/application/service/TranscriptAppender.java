package dev.switchboard.application.service;

import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.ConversationOrigin;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What live messages and post-call transcripts have in common: finding or starting the interaction's
 * conversation, and appending the utterances it does not hold yet. It stores the conversation and its messages;
 * the interaction belongs to the calling service, which applies the {@link Appended} result to it.
 */
final class TranscriptAppender {

    private final Conversations conversations;
    private final TranscriptMessages messages;
    private final IdGenerator ids;
    private final Clock clock;

    TranscriptAppender(Conversations conversations, TranscriptMessages messages, IdGenerator ids, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.ids = ids;
        this.clock = clock;
    }

    /** The interaction's conversation, started (and stored) now if it has none. */
    Conversation conversationOf(SysId interactionId) {
        return conversations.findByInteraction(interactionId).orElseGet(() -> {
            Conversation started = Conversation.begin(ids.next(), interactionId, clock.now());
            conversations.add(started);
            return started;
        });
    }

    /**
     * Appends the utterances the conversation does not hold yet (re-sent copies are skipped, also within the
     * batch), and stores them with the conversation's new count and sentiment tally.
     */
    Appended append(Conversation conversation, List<Utterance> utterances) {
        Map<String, Utterance> byKey = new LinkedHashMap<>();
        for (Utterance utterance : utterances) {
            byKey.putIfAbsent(utterance.deduplicationKey(), utterance);
        }
        Set<String> stored = messages.findExistingKeys(conversation.id(), byKey.keySet());
        Instant now = clock.now();
        List<TranscriptMessage> fresh = new ArrayList<>(byKey.size());
        byKey.forEach((key, utterance) -> {
            if (!stored.contains(key)) {
                fresh.add(conversation.append(ids.next(), utterance, now));
            }
        });
        if (!fresh.isEmpty()) {
            messages.addAll(fresh);
        }
        conversations.update(conversation);
        return new Appended(List.copyOf(fresh), conversation.sentiment());
    }

    /** Appends a post-call transcript, first recording where it came from (values already recorded are kept). */
    Appended appendPostCall(Conversation conversation, ConversationOrigin origin, List<Utterance> utterances) {
        conversation.describeOrigin(origin);
        return append(conversation, utterances);
    }

    /**
     * What an append changed.
     *
     * @param stored    the messages stored now (re-sent copies excluded)
     * @param sentiment the conversation's overall sentiment after the append
     */
    record Appended(List<TranscriptMessage> stored, Optional<Sentiment> sentiment) {
    }
}
