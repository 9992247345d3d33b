package dev.switchboard.application.service;

import dev.switchboard.application.port.in.MessageInput;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What live messages and post-call transcripts have in common: validating a batch, finding or starting the
 * interaction's conversation, and appending the utterances it does not hold yet.
 */
final class TranscriptAppender {

    private final Conversations conversations;
    private final TranscriptMessages messages;
    private final IdGenerator ids;
    private final Clock clock;
    private final TranscriptPolicy policy;

    TranscriptAppender(Conversations conversations, TranscriptMessages messages, IdGenerator ids, Clock clock,
                       TranscriptPolicy policy) {
        this.conversations = conversations;
        this.messages = messages;
        this.ids = ids;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * Validates every message before anything is stored, so a bad message rejects the whole batch.
     *
     * @param field the name of the list in the request, used to locate errors ({@code transcript[3].content})
     */
    List<Utterance> validate(List<MessageInput> inputs, String field) {
        List<Utterance> utterances = new ArrayList<>(inputs.size());
        for (int index = 0; index < inputs.size(); index++) {
            try {
                utterances.add(inputs.get(index).toUtterance(policy));
            } catch (InvalidValueException e) {
                throw e.within(field + "[" + index + "]");
            }
        }
        return utterances;
    }

    /** The interaction's conversation, started now if it has none. */
    Conversation conversationOf(Interaction interaction) {
        return conversations.findByInteraction(interaction.id()).orElseGet(() -> {
            Conversation started = Conversation.begin(ids.next(), interaction.id(), clock.now());
            conversations.add(started);
            return started;
        });
    }

    /**
     * Appends the utterances the conversation does not hold yet (re-sent copies are skipped, also within the
     * batch), then stores the conversation's new count and sentiment and mirrors it onto the interaction.
     * The caller stores the interaction.
     */
    void append(Interaction interaction, Conversation conversation, List<Utterance> utterances) {
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
        interaction.recordActivity();
        interaction.reflectSentiment(conversation.sentiment().orElse(null));
    }
}
