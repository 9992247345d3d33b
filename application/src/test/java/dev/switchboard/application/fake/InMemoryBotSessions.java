package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.domain.bot.AgentState;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.BotSession.Snapshot;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.shared.SysId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Bot sessions in the {@link InMemoryStore}, as snapshots: a session goes in and comes out as a new copy, so a change
 * that is not stored is lost. The store's lock makes each call atomic, the version check included; inside an
 * {@link InMemoryUnitOfWork} the sessions are rolled back with everything else.
 */
public final class InMemoryBotSessions implements BotSessions {

    private final InMemoryStore store;

    public InMemoryBotSessions(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(BotSession session) {
        Snapshot added = session.snapshot();
        synchronized (store) {
            if (store.botSessions.containsKey(added.id()) || stored(added.key()).isPresent()) {
                throw new DuplicateRecordException("bot session " + added.id() + " or its key " + added.key()
                        + " is already stored");
            }
            store.botSessions.put(added.id(), atVersion(added, 1));
        }
    }

    @Override
    public Optional<BotSession> findByKey(SessionKey key) {
        synchronized (store) {
            return stored(key).map(BotSession::restore);
        }
    }

    @Override
    public Optional<BotSession> findById(SysId id) {
        synchronized (store) {
            return Optional.ofNullable(store.botSessions.get(id)).map(BotSession::restore);
        }
    }

    @Override
    public void update(BotSession session) {
        Snapshot changed = session.snapshot();
        synchronized (store) {
            Snapshot current = store.botSessions.get(changed.id());
            if (current == null || current.version() != changed.version()) {
                throw new ConcurrentUpdateException("bot session " + changed.id() + " is not stored at version "
                        + changed.version());
            }
            store.botSessions.put(changed.id(), atVersion(changed, changed.version() + 1));
        }
    }

    /** The id breaks ties between sessions updated in the same millisecond, so that the order is stable. */
    @Override
    public List<BotSession> findByAgentState(AgentState state, Optional<String> queue, int limit) {
        synchronized (store) {
            return store.botSessions.values().stream()
                    .filter(session -> session.agentState() == state)
                    .filter(session -> queue.isEmpty() || queue.get().equals(session.queue()))
                    .sorted(Comparator.comparing(Snapshot::updatedAt).thenComparing(session -> session.id().value()))
                    .limit(limit)
                    .map(BotSession::restore)
                    .toList();
        }
    }

    private Optional<Snapshot> stored(SessionKey key) {
        return store.botSessions.values().stream().filter(session -> session.key().equals(key)).findFirst();
    }

    private static Snapshot atVersion(Snapshot s, long version) {
        return new Snapshot(s.id(), s.key(), s.userId(), s.createdAt(), s.updatedAt(), version, s.nowSessionId(),
                s.interactionId(), s.topicId(), s.step(), s.pending(), s.agentState(), s.queue(), s.agentName(),
                s.silent(), s.contextVariables(), s.consecutiveFallbacks(), s.exchanges(), s.heldAgentMessages());
    }
}
