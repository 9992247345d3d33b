package dev.switchboard.application.port.out;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.shared.SysId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The messages of all conversations. */
public interface TranscriptMessages {

    /** Which of the given deduplication keys the conversation already holds. */
    Set<String> findExistingKeys(SysId conversationId, Collection<String> deduplicationKeys);

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
