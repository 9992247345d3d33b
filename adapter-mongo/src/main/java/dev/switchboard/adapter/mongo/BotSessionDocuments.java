package dev.switchboard.adapter.mongo;

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
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Converts a bot session to its document in {@code bot_sessions} and back. {@link Fields} become nested documents
 * and arrays ({@link FieldsDocuments}), so a reply is stored in the vendor's form ({@link BotReply#toFields}) and can
 * be read in the shell. Absent values are stored as null.
 */
final class BotSessionDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String CHANNEL = "channel";
    static final String CONVERSATION_KEY = "conversationKey";
    static final String AGENT_STATE = "agentState";
    static final String QUEUE = "queue";
    static final String UPDATED_AT = "updatedAt";

    private BotSessionDocuments() {
    }

    /** The whole session with {@code version} in it: 1 for an insert, one more than the stored one for a replace. */
    static Document toDocument(BotSession session, long version) {
        Snapshot s = session.snapshot();
        return new Document(ID, s.id().value())
                .append(CHANNEL, s.key().channel())
                .append(CONVERSATION_KEY, s.key().conversation())
                .append("userId", s.userId())
                .append("nowSessionId", s.nowSessionId().value())
                .append("interactionId", s.interactionId() == null ? null : s.interactionId().value())
                .append("topicId", s.topicId() == null ? null : s.topicId().value())
                .append("step", s.step())
                .append("pending", s.pending().name())
                .append(AGENT_STATE, s.agentState().name())
                .append(QUEUE, s.queue())
                .append("agentName", s.agentName())
                .append("silent", s.silent())
                .append("consecutiveFallbacks", s.consecutiveFallbacks())
                .append(VERSION, version)
                .append("createdAt", Date.from(s.createdAt()))
                .append(UPDATED_AT, Date.from(s.updatedAt()))
                .append("contextVariables", new Document(new LinkedHashMap<>(s.contextVariables())))
                .append("exchanges", s.exchanges().stream().map(BotSessionDocuments::exchange).toList())
                .append("heldAgentMessages", s.heldAgentMessages().stream()
                        .map(element -> FieldsDocuments.toBson(element.fields())).toList());
    }

    static BotSession toSession(Document document) {
        String interactionId = document.getString("interactionId");
        String topicId = document.getString("topicId");
        return BotSession.restore(new Snapshot(
                SysId.of(document.getString(ID)),
                new SessionKey(document.getString(CHANNEL), document.getString(CONVERSATION_KEY)),
                document.getString("userId"),
                document.getDate("createdAt").toInstant(),
                document.getDate(UPDATED_AT).toInstant(),
                document.getLong(VERSION),
                SysId.of(document.getString("nowSessionId")),
                interactionId == null ? null : SysId.of(interactionId),
                topicId == null ? null : SysId.of(topicId),
                document.getInteger("step"),
                Pending.valueOf(document.getString("pending")),
                AgentState.valueOf(document.getString(AGENT_STATE)),
                document.getString(QUEUE),
                document.getString("agentName"),
                document.getBoolean("silent"),
                contextVariables(document.get("contextVariables", Document.class)),
                document.getInteger("consecutiveFallbacks"),
                document.getList("exchanges", Document.class).stream().map(BotSessionDocuments::exchange).toList(),
                document.getList("heldAgentMessages", Document.class).stream()
                        .map(element -> new BodyElement(FieldsDocuments.toFields(element))).toList()));
    }

    private static Document exchange(Exchange exchange) {
        return new Document("requestId", exchange.requestId())
                .append("fingerprint", exchange.fingerprint())
                .append("answeredAt", Date.from(exchange.answeredAt()))
                .append("reply", FieldsDocuments.toBson(exchange.reply().toFields()));
    }

    /** A document is a map, so {@link Fields#of} reads it back, nested documents and arrays included. */
    private static Exchange exchange(Document document) {
        return new Exchange(document.getString("requestId"), document.getString("fingerprint"),
                BotReply.fromFields(FieldsDocuments.toFields(document.get("reply", Document.class))),
                document.getDate("answeredAt").toInstant());
    }

    private static Map<String, String> contextVariables(Document document) {
        Map<String, String> variables = new LinkedHashMap<>();
        document.forEach((name, value) -> variables.put(name, (String) value));
        return variables;
    }
}
