package dev.switchboard.application.port.in;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;

/**
 * Reads an interaction's messages ordered by begin offset, end offset, then arrival, one page at a time.
 * A Switchboard extension, not a vendor operation.
 */
public interface ListVoiceInteractionMessagesUseCase {

    /** @throws InteractionNotFoundException no interaction has this id */
    MessagePage listMessages(SysId interactionId, PageRequest page);

    /** @param total how many messages the interaction has in all */
    record MessagePage(List<TranscriptMessage> messages, long total, PageRequest request) {

        public MessagePage {
            messages = List.copyOf(messages);
        }
    }
}
