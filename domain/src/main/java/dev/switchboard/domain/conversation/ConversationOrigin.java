package dev.switchboard.domain.conversation;

import dev.switchboard.domain.shared.Text;
import java.time.Instant;

/**
 * Where a post-call transcript came from, as its sender describes it.
 *
 * @param source    the channel that produced it, e.g. "Amazon Connect"; null when not sent
 * @param startedAt when the call started; null when not sent
 */
public record ConversationOrigin(String source, Instant startedAt) {

    public ConversationOrigin {
        source = Text.optionalLabel(source, "source");
    }
}
