package dev.switchboard.application.port.in;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.conversation.TranscriptMessage;
import java.util.List;

/**
 * Reads an interaction's messages ordered by begin offset, end offset, then arrival, one page at a time.
 * A Switchboard extension, not a vendor operation.
 */
public interface ListVoiceInteractionMessagesUseCase {

    MessagePage listMessages(String interactionId, PageRequest page);

    /** @param total how many messages the interaction has in all */
    record MessagePage(List<TranscriptMessage> messages, long total, PageRequest request) {

        public MessagePage {
            messages = List.copyOf(messages);
        }

        public boolean hasNext() {
            return request.offset() + messages.size() < total;
        }
    }
}
