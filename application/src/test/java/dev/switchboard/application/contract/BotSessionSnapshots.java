package dev.switchboard.application.contract;

import static dev.switchboard.application.contract.BotSessionsContract.T0;

import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.domain.bot.AgentState;
import dev.switchboard.domain.bot.BodyElement;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.BotSession.Snapshot;
import dev.switchboard.domain.bot.Exchange;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.bot.Pending;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bot sessions for {@link BotSessionsContract}, built as snapshots: most of a session's changes are the virtual
 * agent's to make (package-private in the domain), so a store test sets field values through
 * {@code BotSession.restore} instead. The replies hold every kind of value a {@link Fields} tree may hold.
 */
final class BotSessionSnapshots {

    private BotSessionSnapshots() {
    }

    /** A session with a value in every field, none of them a default, at version 0. */
    static Snapshot everyField(SessionKey key) {
        return new Snapshot(newId(), key, "beth.anglin", T0, T0.plusMillis(5_001), 0, newId(), newId(), newId(), 3,
                Pending.TOPIC_INPUT, AgentState.CONNECTED, "billing", "Beth Anglin", true,
                Map.of("name", "Beth", "account", "A-1", "empty", ""), 2,
                List.of(exchange("req-1", 0.875, T0.plusMillis(4_999)), plainExchange("req-2", T0.plusMillis(5_001))),
                List.of(agentMessage("Hello, I'm Beth."), agentMessage("Are you still there?")));
    }

    /** {@code read} with every field but id, key, user and creation changed, at the version it was read at. */
    static Snapshot changedFrom(Snapshot read) {
        return new Snapshot(read.id(), read.key(), read.userId(), read.createdAt(), read.updatedAt().plusSeconds(60),
                read.version(), newId(), newId(), newId(), 4, Pending.AGENT_CHOICE, AgentState.WAITING, "billing",
                null, true, Map.of("name", "Beth"), 1, List.of(exchange("req-7", 0.25, read.updatedAt())),
                List.of(agentMessage("held")));
    }

    /** A session in a live-agent state, last updated at {@code updatedAt}, at version 0. */
    static Snapshot inState(SysId id, SessionKey key, AgentState state, String queue, Instant updatedAt) {
        return new Snapshot(id, key, "beth.anglin", updatedAt, updatedAt, 0, newId(), null, null, 0, Pending.NOTHING,
                state, queue, state == AgentState.CONNECTED ? "Beth Anglin" : null, false, Map.of(), 0, List.of(),
                List.of());
    }

    static Snapshot withVersion(Snapshot s, long version) {
        return new Snapshot(s.id(), s.key(), s.userId(), s.createdAt(), s.updatedAt(), version, s.nowSessionId(),
                s.interactionId(), s.topicId(), s.step(), s.pending(), s.agentState(), s.queue(), s.agentName(),
                s.silent(), s.contextVariables(), s.consecutiveFallbacks(), s.exchanges(), s.heldAgentMessages());
    }

    /** An exchange whose reply has every part: body elements of four kinds, flags, nested client variables. */
    static Exchange exchange(String requestId, double score, Instant answeredAt) {
        BotReply reply = new BotReply(requestId, "cs-" + requestId, "now-" + requestId,
                Fields.of(fields("text", "I want to talk to an agent", "typed", true)), "beth.anglin", body(), true, false, true,
                score, clientVariables());
        return new Exchange(requestId, "sha256:" + requestId, reply, answeredAt);
    }

    /** An exchange whose reply leaves out everything it may: no client session, flags, body or variables. */
    private static Exchange plainExchange(String requestId, Instant answeredAt) {
        BotReply reply = new BotReply(requestId, null, null, Fields.empty(), "beth.anglin", List.of(), false, false,
                false, 0, Fields.empty());
        return new Exchange(requestId, "sha256:" + requestId, reply, answeredAt);
    }

    private static List<BodyElement> body() {
        return List.of(
                BodyElement.of(fields("uiType", "OutputText", "group", "DefaultText", "value", "Let me check.",
                        "maskType", "NONE", "scriptedData", null)),
                BodyElement.of(fields("uiType", "Picker", "group", "DefaultPicker", "label", "Talk to someone?",
                        "itemType", "List", "style", "list", "required", true, "multiSelect", false,
                        "nluTextEnabled", false, "options", List.of(
                                fields("label", "Yes", "value", "yes", "enabled", true),
                                fields("label", "No", "value", "no", "renderStyle", null, "attachment", null)),
                        "scriptedData", null)),
                BodyElement.of(fields("uiType", "ActionMsg", "actionType", "StartSpinner", "spinnerType", "dots",
                        "waitTime", 2500, "message", "One moment")),
                BodyElement.of(fields("uiType", "OutputImage", "group", "DefaultOutputImage",
                        "value", "https://example.com/a.png", "width", 120, "height", 67.5)));
    }

    /** Whole and fractional numbers (a whole double too), a long beyond a double's precision, nulls, escapes. */
    private static Fields clientVariables() {
        return Fields.of(fields("locale", "en-US", "tier", 3, "ratio", 0.75, "amount", 2.0, "negative", -4,
                "big", 9_007_199_254_740_993L, "text", "Grüße 👋 \"quoted\" \\ back\nslash\t<tag>",
                "flags", fields("vip", true, "beta", null, "nested", fields("deep",
                        Arrays.asList(1, 2.5, "three", null, false, List.of()))),
                "tags", List.of("a", "b"), "none", Map.of()));
    }

    private static BodyElement agentMessage(String text) {
        return BodyElement.of(fields("uiType", "OutputText", "group", "DefaultText", "value", text,
                "agentInfo", fields("agentName", "Beth", "agentAvatar", null, "sentFromAgent", true)));
    }

    /** Name-value pairs in order, nulls allowed (which Map.of refuses). */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static SysId newId() {
        return ScriptedIdGenerator.random();
    }
}
