package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which bot session a request belongs to: per channel, the client's session id, or the user id when the client
 * sends an empty {@code clientSessionId} (every example of the seed does).
 *
 * @param channel      the configured channel the request came through
 * @param conversation {@code "session:<clientSessionId>"} or {@code "user:<userId>"}, unique within the channel
 */
public record SessionKey(String channel, String conversation) {

    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    public SessionKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(conversation, "conversation");
        if (!CHANNEL_NAME.matcher(channel).matches()) {
            throw new InvalidValueException("channel", "must be 1-63 lowercase letters, digits, '-' or '_', was "
                    + Text.quoted(channel));
        }
        Text.atMost(conversation, 2 * Text.MAX_LABEL_LENGTH, "clientSessionId");
    }

    public static SessionKey of(String channel, String clientSessionId, String userId) {
        return Text.isBlank(clientSessionId)
                ? new SessionKey(channel, "user:" + Text.required(userId, "userId"))
                : new SessionKey(channel, "session:" + clientSessionId);
    }
}
