package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the virtual agent answers to one request: the echoes the seed shows (requestId, clientSessionId, message,
 * userId, clientVariables), the body elements, and the flags. {@link #toFields()} names the parts as the vendor
 * does, which is the form every adapter writes (a response body, a webhook payload, a stored exchange).
 *
 * @param message         the request's message as received ({@code END_CONVERSATION} echoes it without text)
 * @param clientVariables the request's clientVariables, untouched; empty when it sent none
 * @param score           the intent confidence, 0..1: 1 for a direct match, 0 for the fallback
 */
public record BotReply(String requestId, String clientSessionId, String nowSessionId, Fields message, String userId,
                       List<BodyElement> body, boolean agentChat, boolean completed, boolean takeControl,
                       double score, Fields clientVariables) {

    public BotReply {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(userId, "userId");
        body = List.copyOf(body);
        Objects.requireNonNull(clientVariables, "clientVariables");
        if (!(score >= 0 && score <= 1)) {
            throw new InvalidValueException("score", "must be within 0..1, was " + score);
        }
    }

    /**
     * The reply as the vendor names its parts; flags that are false are left out, as the seed's examples leave them
     * out (agentChat and completed are documented as "not returned" when false).
     */
    public Fields toFields() {
        Fields.Builder fields = Fields.builder()
                .put("requestId", requestId)
                .putIfPresent("clientSessionId", clientSessionId)
                .putIfPresent("nowSessionId", nowSessionId)
                .put("message", message)
                .put("userId", userId)
                .put("body", body.stream().map(BodyElement::fields).toList());
        if (agentChat) {
            fields.put("agentChat", true);
        }
        if (completed) {
            fields.put("completed", true);
        }
        if (takeControl) {
            fields.put("takeControl", true);
        }
        fields.put("score", score == Math.rint(score) ? (Object) (long) score : (Object) score);
        if (!clientVariables.isEmpty()) {
            fields.put("clientVariables", clientVariables);
        }
        return fields.build();
    }

    /** Reads back what {@link #toFields()} wrote. */
    public static BotReply fromFields(Fields fields) {
        List<BodyElement> body = new ArrayList<>();
        if (fields.get("body") instanceof List<?> elements) {
            elements.forEach(element -> body.add(new BodyElement((Fields) element)));
        }
        Object clientVariables = fields.get("clientVariables");
        return new BotReply(fields.text("requestId").orElseThrow(), fields.text("clientSessionId").orElse(null),
                fields.text("nowSessionId").orElse(null), (Fields) fields.get("message"),
                fields.text("userId").orElseThrow(), body, flag(fields, "agentChat"), flag(fields, "completed"),
                flag(fields, "takeControl"), ((Number) fields.get("score")).doubleValue(),
                clientVariables instanceof Fields variables ? variables : Fields.empty());
    }

    private static boolean flag(Fields fields, String name) {
        return Boolean.TRUE.equals(fields.get(name));
    }
}
