package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request of a primary bot, as the virtual agent reads it. The rules that depend on the action are here:
 * SWITCH names its target, FAULT_CONVERSATION gives a cause.
 *
 * @param key              the session it belongs to
 * @param clientSessionId  as sent (the seed sends ""), echoed in the reply
 * @param action           the action, or empty for a message to the virtual agent
 * @param echo             the request's {@code message} object as received, echoed in the reply
 * @param switchTarget     SWITCH's {@code intent.id} or {@code topic.name}: a topic's id or name
 * @param silent           the request's silentMessage, or null when it did not send one (the flag is sticky)
 * @param contextVariables remembered by the session; they choose the live-agent queue
 * @param clientVariables  echoed untouched
 */
public record BotRequest(String requestId, String userId, SessionKey key, String clientSessionId,
                         Optional<BotAction> action, UserMessage message, Fields echo, Optional<String> switchTarget,
                         Optional<String> cause, Boolean silent, Map<String, String> contextVariables,
                         Fields clientVariables) {

    public BotRequest {
        Text.required(requestId, "requestId");
        Text.atMost(requestId, Text.MAX_LABEL_LENGTH, "requestId");
        Text.required(userId, "userId");
        Text.atMost(userId, Text.MAX_LABEL_LENGTH, "userId");
        Objects.requireNonNull(key, "key");
        Text.atMost(clientSessionId, Text.MAX_LABEL_LENGTH, "clientSessionId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(echo, "echo");
        contextVariables = Map.copyOf(contextVariables);
        Objects.requireNonNull(clientVariables, "clientVariables");
        if (action.equals(Optional.of(BotAction.SWITCH)) && switchTarget.filter(t -> !Text.isBlank(t)).isEmpty()) {
            throw new InvalidValueException("intent.id", "or topic.name is required for the SWITCH action");
        }
        if (action.equals(Optional.of(BotAction.FAULT_CONVERSATION)) && cause.filter(c -> !Text.isBlank(c)).isEmpty()) {
            throw InvalidValueException.missing("cause");
        }
    }

    public boolean is(BotAction candidate) {
        return action.equals(Optional.of(candidate));
    }
}
