package dev.switchboard.application.port.out;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The messages of all conversations. */
public interface TranscriptMessages {

    /** Which of the given deduplication keys the conversation already holds. */
    Set<String> findExistingKeys(SysId conversationId, Collection<String> deduplicationKeys);

    /**
     * {@link #findExistingKeys(SysId, Collection)} for several conversations: by conversation id, the keys each
     * already holds (conversations holding none of theirs may be left out). A store that can do it in one query
     * overrides this.
     */
    default Map<SysId, Set<String>> findExistingKeys(Map<SysId, ? extends Collection<String>> keysByConversation) {
        Map<SysId, Set<String>> existing = new LinkedHashMap<>();
        keysByConversation.forEach((conversationId, keys) -> {
            Set<String> held = findExistingKeys(conversationId, keys);
            if (!held.isEmpty()) {
                existing.put(conversationId, held);
            }
        });
        return existing;
    }

    /**
     * Stores a batch in one go (one round trip where the store allows it).
     *
     * @throws DuplicateRecordException if two messages of one conversation would have the same deduplication key:
     *         one of the batch and one stored before, or two of the batch
     */
    void addAll(List<TranscriptMessage> messages);

    /** One page of a conversation's messages, ordered by begin offset, end offset, then sequence. */
    List<TranscriptMessage> findPage(SysId conversationId, PageRequest page);
}
