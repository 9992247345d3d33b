package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One conversation between a primary bot (or chat client) and the virtual agent, found by its {@link SessionKey}.
 * It remembers where the dialog stands (topic and step, or the picker the user is answering), whether a live agent
 * has it, the sticky silent flag, the context variables, how many fallbacks ran in a row, the recent exchanges
 * (so that a repeated request is answered, not processed, again) and the live agent's messages held for a
 * synchronous client's next request.
 *
 * <p>Stores keep the {@link #version()} they loaded and refuse an update made from an older copy, so that two
 * requests of one session cannot both win.
 */
public final class BotSession {

    /**
     * How many answered requests a session remembers for replays: a client retries within seconds, not after eight
     * more messages. Each is kept with its whole reply and every request rewrites them, so more would cost every
     * request (32 took a quarter of the service's CPU on H2: docs/benchmarks.md, 2026-12-02).
     */
    public static final int REMEMBERED_EXCHANGES = 8;

    private final SysId id;
    private final SessionKey key;
    private final String userId;
    private final Instant createdAt;
    private final long version;
    private final Map<String, String> contextVariables;
    private final List<Exchange> exchanges;
    private final List<BodyElement> heldAgentMessages;
    private SysId nowSessionId;
    private SysId interactionId;
    private Instant updatedAt;
    private SysId topicId;
    private int step;
    private Pending pending;
    private AgentState agentState;
    private String queue;
    private String agentName;
    private boolean silent;
    private int consecutiveFallbacks;

    private BotSession(Snapshot snapshot) {
        this.id = snapshot.id();
        this.key = snapshot.key();
        this.userId = snapshot.userId();
        this.createdAt = snapshot.createdAt();
        this.version = snapshot.version();
        this.contextVariables = new LinkedHashMap<>(snapshot.contextVariables());
        this.exchanges = new ArrayList<>(snapshot.exchanges());
        this.heldAgentMessages = new ArrayList<>(snapshot.heldAgentMessages());
        this.nowSessionId = snapshot.nowSessionId();
        this.interactionId = snapshot.interactionId();
        this.updatedAt = snapshot.updatedAt();
        this.topicId = snapshot.topicId();
        this.step = snapshot.step();
        this.pending = snapshot.pending();
        this.agentState = snapshot.agentState();
        this.queue = snapshot.queue();
        this.agentName = snapshot.agentName();
        this.silent = snapshot.silent();
        this.consecutiveFallbacks = snapshot.consecutiveFallbacks();
    }

    /** A new session, version 0, with the virtual agent and nothing pending. */
    public static BotSession begin(SysId id, SessionKey key, String userId, SysId nowSessionId, Instant now) {
        return new BotSession(new Snapshot(id, key, userId, now, now, 0, nowSessionId, null, null, 0, Pending.NOTHING,
                AgentState.NONE, null, null, false, Map.of(), 0, List.of(), List.of()));
    }

    /** Rebuilds a stored session. */
    public static BotSession restore(Snapshot snapshot) {
        return new BotSession(snapshot);
    }

    /** Everything a store keeps, in one value. */
    public Snapshot snapshot() {
        return new Snapshot(id, key, userId, createdAt, updatedAt, version, nowSessionId, interactionId, topicId, step,
                pending, agentState, queue, agentName, silent, Map.copyOf(contextVariables), consecutiveFallbacks,
                List.copyOf(exchanges), List.copyOf(heldAgentMessages));
    }

    // --- reading

    public SysId id() {
        return id;
    }

    public SessionKey key() {
        return key;
    }

    public String userId() {
        return userId;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public SysId nowSessionId() {
        return nowSessionId;
    }

    /** The interaction holding the current conversation's transcript, once its first exchange was recorded. */
    public Optional<SysId> interactionId() {
        return Optional.ofNullable(interactionId);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<SysId> topicId() {
        return Optional.ofNullable(topicId);
    }

    public int step() {
        return step;
    }

    public Pending pending() {
        return pending;
    }

    public AgentState agentState() {
        return agentState;
    }

    public Optional<String> queue() {
        return Optional.ofNullable(queue);
    }

    public Optional<String> agentName() {
        return Optional.ofNullable(agentName);
    }

    public boolean silent() {
        return silent;
    }

    public Map<String, String> contextVariables() {
        return Map.copyOf(contextVariables);
    }

    public int consecutiveFallbacks() {
        return consecutiveFallbacks;
    }

    /** The reply already sent for this request, if the session answered it recently. */
    public Optional<BotReply> replyTo(String requestId, String fingerprint) {
        return exchanges.stream().filter(exchange -> exchange.answers(requestId, fingerprint))
                .map(Exchange::reply).findFirst();
    }

    public List<BodyElement> heldAgentMessages() {
        return List.copyOf(heldAgentMessages);
    }

    // --- changing (called by the VirtualAgent and the live-agent service)

    void continueAt(SysId topic, int nextStep, Pending now) {
        this.topicId = topic;
        this.step = nextStep;
        this.pending = Objects.requireNonNull(now, "pending");
    }

    void leaveTopic() {
        continueAt(null, 0, Pending.NOTHING);
    }

    void countFallback() {
        consecutiveFallbacks++;
    }

    void understood() {
        consecutiveFallbacks = 0;
    }

    void silence(boolean silent) {
        this.silent = silent;
    }

    void remember(Map<String, String> variables) {
        contextVariables.putAll(variables);
    }

    void handOff(String queue) {
        leaveTopic();
        this.agentState = AgentState.WAITING;
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    /**
     * Ends the conversation: the dialog, the live agent and the fallback count start over, and the next conversation
     * gets a new {@code nowSessionId} and a transcript of its own.
     */
    void end(SysId nextNowSessionId) {
        leaveTopic();
        interactionId = null;
        agentState = AgentState.NONE;
        queue = null;
        agentName = null;
        consecutiveFallbacks = 0;
        nowSessionId = Objects.requireNonNull(nextNowSessionId, "nextNowSessionId");
    }

    /** A live agent took the waiting conversation. */
    public void acceptedBy(String agent) {
        if (agentState != AgentState.WAITING) {
            throw new BotSessionStateException("conversation " + id + " is not waiting for a live agent");
        }
        agentState = AgentState.CONNECTED;
        agentName = Objects.requireNonNull(agent, "agent");
    }

    /**
     * The live agent wrote to the user. A synchronous client only hears from us when it sends a request, so there
     * the message is held until its next request collects it; an asynchronous client gets it pushed at once.
     */
    public void agentSent(BodyElement agentMessage, boolean holdForNextRequest) {
        requireConnected();
        if (holdForNextRequest) {
            heldAgentMessages.add(agentMessage);
        }
    }

    /** The held messages, now handed over. */
    public List<BodyElement> collectHeldAgentMessages() {
        List<BodyElement> collected = List.copyOf(heldAgentMessages);
        heldAgentMessages.clear();
        return collected;
    }

    /** The live agent ended the chat; the session goes back to the virtual agent as a new conversation. */
    public void endedByAgent(SysId nextNowSessionId) {
        requireConnected();
        end(nextNowSessionId);
    }

    public void recordedIn(SysId interaction) {
        this.interactionId = Objects.requireNonNull(interaction, "interaction");
    }

    /** Remembers the answer to a request, forgetting the oldest beyond {@link #REMEMBERED_EXCHANGES}. */
    public void answered(Exchange exchange, Instant now) {
        exchanges.add(exchange);
        while (exchanges.size() > REMEMBERED_EXCHANGES) {
            exchanges.remove(0);
        }
        updatedAt = now;
    }

    private void requireConnected() {
        if (agentState != AgentState.CONNECTED) {
            throw new BotSessionStateException("conversation " + id + " is not connected to a live agent");
        }
    }

    /**
     * A session as stores keep it.
     *
     * @param version            the version this copy was read at; 0 for a session never stored
     * @param interactionId      the interaction holding the transcript, or null before the first exchange
     * @param topicId            the topic being run, or null
     * @param step               the index of the topic's next step
     * @param queue              the live-agent queue, while one is involved
     * @param exchanges          the answered requests, oldest first, at most {@link #REMEMBERED_EXCHANGES}
     * @param heldAgentMessages  live-agent messages not yet collected by a synchronous client
     */
    public record Snapshot(SysId id, SessionKey key, String userId, Instant createdAt, Instant updatedAt, long version,
                           SysId nowSessionId, SysId interactionId, SysId topicId, int step, Pending pending,
                           AgentState agentState, String queue, String agentName, boolean silent,
                           Map<String, String> contextVariables, int consecutiveFallbacks, List<Exchange> exchanges,
                           List<BodyElement> heldAgentMessages) {

        public Snapshot {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
            Objects.requireNonNull(nowSessionId, "nowSessionId");
            Objects.requireNonNull(pending, "pending");
            Objects.requireNonNull(agentState, "agentState");
            contextVariables = Map.copyOf(contextVariables);
            exchanges = List.copyOf(exchanges);
            heldAgentMessages = List.copyOf(heldAgentMessages);
        }
    }
}
