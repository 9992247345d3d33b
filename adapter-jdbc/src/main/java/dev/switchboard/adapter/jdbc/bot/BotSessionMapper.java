package dev.switchboard.adapter.jdbc.bot;

import dev.switchboard.adapter.jdbc.json.FieldsJson;
import dev.switchboard.domain.bot.AgentState;
import dev.switchboard.domain.bot.BodyElement;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.BotSession.Snapshot;
import dev.switchboard.domain.bot.Exchange;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.bot.Pending;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts sessions to rows and back. An exchange is stored as the fields its reply writes ({@link BotReply#toFields})
 * with its request id, fingerprint and time beside them, so the stored form is the vendor's, as a webhook sends it.
 */
final class BotSessionMapper {

    private static final String REQUEST_ID = "requestId";
    private static final String FINGERPRINT = "fingerprint";
    private static final String ANSWERED_AT_MS = "answeredAtMs";
    private static final String REPLY = "reply";

    private BotSessionMapper() {
    }

    /** The session's row with {@code version} in it: 1 for an insert, the version it was read at for an update. */
    static BotSessionRow toRow(BotSession session, long version) {
        Snapshot s = session.snapshot();
        return new BotSessionRow(
                s.id().value(),
                s.key().channel(),
                s.key().conversation(),
                s.userId(),
                s.nowSessionId().value(),
                valueOrNull(s.interactionId()),
                valueOrNull(s.topicId()),
                s.step(),
                s.pending().name(),
                s.agentState().name(),
                s.queue(),
                s.agentName(),
                s.silent(),
                s.consecutiveFallbacks(),
                version,
                s.createdAt().toEpochMilli(),
                s.updatedAt().toEpochMilli(),
                FieldsJson.write(Fields.of(s.contextVariables())),
                FieldsJson.write(s.exchanges().stream().map(BotSessionMapper::exchangeFields).toList()),
                FieldsJson.write(s.heldAgentMessages().stream().map(BodyElement::fields).toList()));
    }

    static BotSession toDomain(BotSessionRow row) {
        return BotSession.restore(new Snapshot(
                SysId.of(row.id()),
                new SessionKey(row.channel(), row.conversationKey()),
                row.userId(),
                Instant.ofEpochMilli(row.createdAtMs()),
                Instant.ofEpochMilli(row.updatedAtMs()),
                row.version(),
                SysId.of(row.nowSessionId()),
                idOrNull(row.interactionId()),
                idOrNull(row.topicId()),
                row.step(),
                Pending.valueOf(row.pending()),
                AgentState.valueOf(row.agentState()),
                row.queue(),
                row.agentName(),
                row.silent(),
                contextVariables((Fields) FieldsJson.read(row.contextVariablesJson())),
                row.consecutiveFallbacks(),
                list(row.exchangesJson()).stream().map(item -> exchange((Fields) item)).toList(),
                list(row.heldAgentMessagesJson()).stream().map(item -> new BodyElement((Fields) item)).toList()));
    }

    private static Fields exchangeFields(Exchange exchange) {
        return Fields.builder()
                .put(REQUEST_ID, exchange.requestId())
                .put(FINGERPRINT, exchange.fingerprint())
                .put(ANSWERED_AT_MS, exchange.answeredAt().toEpochMilli())
                .put(REPLY, exchange.reply().toFields())
                .build();
    }

    private static Exchange exchange(Fields fields) {
        return new Exchange(fields.text(REQUEST_ID).orElseThrow(), fields.text(FINGERPRINT).orElseThrow(),
                BotReply.fromFields((Fields) fields.get(REPLY)),
                Instant.ofEpochMilli(((Number) fields.get(ANSWERED_AT_MS)).longValue()));
    }

    private static Map<String, String> contextVariables(Fields fields) {
        Map<String, String> variables = new LinkedHashMap<>();
        fields.asMap().forEach((name, value) -> variables.put(name, (String) value));
        return variables;
    }

    private static List<?> list(String json) {
        return (List<?>) FieldsJson.read(json);
    }

    private static String valueOrNull(SysId id) {
        return id == null ? null : id.value();
    }

    private static SysId idOrNull(String value) {
        return value == null ? null : SysId.of(value);
    }
}
