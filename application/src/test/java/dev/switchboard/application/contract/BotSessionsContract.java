package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.bot.AgentState;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.BotSession.Snapshot;
import dev.switchboard.domain.bot.Pending;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link BotSessions} must do. It has hooks of its own rather than a field of
 * {@link StorageFixture}, so that the fixture every other suite builds stays as it is. A store whose unit of work is
 * a transaction that its bot sessions join extends {@link Transactional}, which adds the rollback case; MongoDB's
 * sessions are written at once, outside any unit, and extend this class only.
 */
public abstract class BotSessionsContract {

    /** Timestamps are whole milliseconds: every supported store keeps at least that precision. */
    protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");

    protected abstract BotSessions botSessions();

    protected abstract UnitOfWork unitOfWork();

    @Test
    void aStoredSessionIsReadBackWithEveryField() {
        Snapshot added = BotSessionSnapshots.everyField(newKey());
        botSessions().add(BotSession.restore(added));

        Snapshot expected = BotSessionSnapshots.withVersion(added, 1);
        assertThat(botSessions().findById(added.id()).orElseThrow().snapshot()).isEqualTo(expected);
        assertThat(botSessions().findByKey(added.key()).orElseThrow().snapshot()).isEqualTo(expected);
    }

    @Test
    void aNewSessionIsReadBackWithItsAbsentValues() {
        BotSession begun = BotSession.begin(newId(), newKey(), "beth.anglin", newId(), T0);
        botSessions().add(begun);

        assertThat(botSessions().findById(begun.id()).orElseThrow().snapshot())
                .isEqualTo(BotSessionSnapshots.withVersion(begun.snapshot(), 1));
    }

    @Test
    void unknownIdsAndKeysFindNothing() {
        assertThat(botSessions().findById(newId())).isEmpty();
        assertThat(botSessions().findByKey(newKey())).isEmpty();
    }

    @Test
    void aSecondSessionWithTheSameIdFails() {
        BotSession stored = storedSession();
        BotSession sameId = BotSession.begin(stored.id(), newKey(), "someone.else", newId(), T0);

        assertThatThrownBy(() -> botSessions().add(sameId)).isInstanceOf(DuplicateRecordException.class);
        assertThat(botSessions().findById(stored.id()).orElseThrow().userId()).isEqualTo("beth.anglin");
        assertThat(botSessions().findByKey(sameId.key())).isEmpty();
    }

    /** Two first messages of one conversation raced: the second add must fail so that its caller reads the winner. */
    @Test
    void aSecondSessionWithTheSameKeyFails() {
        BotSession stored = storedSession();
        BotSession sameKey = BotSession.begin(newId(), stored.key(), "someone.else", newId(), T0);

        assertThatThrownBy(() -> botSessions().add(sameKey)).isInstanceOf(DuplicateRecordException.class);
        assertThat(botSessions().findByKey(stored.key()).orElseThrow().id()).isEqualTo(stored.id());
        assertThat(botSessions().findById(sameKey.id())).isEmpty();
    }

    @Test
    void keysArePerChannel() {
        String conversation = "user:" + UUID.randomUUID();
        BotSession web = BotSession.begin(newId(), new SessionKey("web", conversation), "beth.anglin", newId(), T0);
        BotSession sms = BotSession.begin(newId(), new SessionKey("sms", conversation), "beth.anglin", newId(), T0);

        botSessions().add(web);
        botSessions().add(sms);

        assertThat(botSessions().findByKey(web.key()).orElseThrow().id()).isEqualTo(web.id());
        assertThat(botSessions().findByKey(sms.key()).orElseThrow().id()).isEqualTo(sms.id());
    }

    @Test
    void anUpdateFromTheCurrentCopyStoresEveryChangeAndAdvancesTheVersion() {
        BotSession stored = storedSession();
        Snapshot changed = BotSessionSnapshots.changedFrom(read(stored.id()).snapshot());

        botSessions().update(BotSession.restore(changed));

        assertThat(read(stored.id()).snapshot()).isEqualTo(BotSessionSnapshots.withVersion(changed, 2));
    }

    @Test
    void anUpdateClearsWhatBecameAbsent() {
        Snapshot full = BotSessionSnapshots.everyField(newKey());
        botSessions().add(BotSession.restore(full));
        BotSession current = read(full.id());
        SysId nextConversation = newId();

        current.collectHeldAgentMessages();
        current.endedByAgent(nextConversation);
        botSessions().update(current);

        BotSession read = read(full.id());
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.heldAgentMessages()).isEmpty();
        assertThat(read.agentState()).isEqualTo(AgentState.NONE);
        assertThat(read.queue()).isEmpty();
        assertThat(read.agentName()).isEmpty();
        assertThat(read.topicId()).isEmpty();
        assertThat(read.pending()).isEqualTo(Pending.NOTHING);
        assertThat(read.consecutiveFallbacks()).isZero();
        assertThat(read.nowSessionId()).isEqualTo(nextConversation);
    }

    @Test
    void eachUpdateNeedsTheCopyOfTheVersionBefore() {
        BotSession stored = storedSession();
        BotSession first = read(stored.id());
        first.recordedIn(newId());
        botSessions().update(first);

        BotSession second = read(stored.id());
        second.answered(BotSessionSnapshots.exchange("req-3", 0.5, T0.plusSeconds(3)), T0.plusSeconds(3));
        botSessions().update(second);

        BotSession read = read(stored.id());
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.interactionId()).isEqualTo(first.interactionId());
        assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(3));
    }

    /** Two requests of one session read the same version; the one that stores second must lose, not overwrite. */
    @Test
    void anUpdateFromAStaleCopyFailsAndKeepsTheFirstUpdate() {
        BotSession stored = storedSession();
        BotSession one = read(stored.id());
        BotSession other = read(stored.id());
        SysId interaction = newId();

        one.recordedIn(interaction);
        botSessions().update(one);
        other.recordedIn(newId());
        other.answered(BotSessionSnapshots.exchange("req-lost", 1, T0.plusSeconds(9)), T0.plusSeconds(9));

        assertThatThrownBy(() -> botSessions().update(other)).isInstanceOf(ConcurrentUpdateException.class);
        BotSession read = read(stored.id());
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.interactionId()).contains(interaction);
        assertThat(read.updatedAt()).isEqualTo(T0);
    }

    /** The copy the caller added is version 0: it was never read from the store, so it is stale once stored. */
    @Test
    void theAddedCopyItselfIsStale() {
        BotSession stored = storedSession();

        assertThatThrownBy(() -> botSessions().update(stored)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(read(stored.id()).version()).isEqualTo(1);
    }

    @Test
    void anUpdateOfASessionNeverStoredFails() {
        BotSession never = BotSession.begin(newId(), newKey(), "beth.anglin", newId(), T0);
        BotSession neverAtVersionOne = BotSession.restore(
                BotSessionSnapshots.withVersion(BotSessionSnapshots.everyField(newKey()), 1));

        assertThatThrownBy(() -> botSessions().update(never)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> botSessions().update(neverAtVersionOne))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(botSessions().findById(never.id())).isEmpty();
        assertThat(botSessions().findById(neverAtVersionOne.id())).isEmpty();
    }

    @Test
    void ofUpdatesRacingFromOneVersionExactlyOneWins() throws Exception {
        BotSession stored = storedSession();
        int racers = 4;
        List<Callable<Boolean>> updates = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            BotSession copy = read(stored.id());
            copy.recordedIn(newId());
            updates.add(() -> {
                try {
                    botSessions().update(copy);
                    return true;
                } catch (ConcurrentUpdateException lost) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        int won = 0;
        try {
            for (Future<Boolean> result : pool.invokeAll(updates, 60, TimeUnit.SECONDS)) {
                won += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(won).isEqualTo(1);
        assertThat(read(stored.id()).version()).isEqualTo(2);
    }

    @Test
    void theSessionsOfAQueueInAStateComeLeastRecentlyUpdatedFirst() {
        String queue = newQueue();
        BotSession newest = storedWith(AgentState.WAITING, queue, at(3_000));
        BotSession oldest = storedWith(AgentState.WAITING, queue, at(1_000));
        BotSession middle = storedWith(AgentState.WAITING, queue, at(2_000));
        BotSession connected = storedWith(AgentState.CONNECTED, queue, at(500));
        storedWith(AgentState.WAITING, newQueue(), at(0));

        assertThat(ids(botSessions().findByAgentState(AgentState.WAITING, Optional.of(queue), 10)))
                .containsExactly(oldest.id(), middle.id(), newest.id());
        assertThat(ids(botSessions().findByAgentState(AgentState.WAITING, Optional.of(queue), 2)))
                .containsExactly(oldest.id(), middle.id());
        assertThat(ids(botSessions().findByAgentState(AgentState.CONNECTED, Optional.of(queue), 10)))
                .containsExactly(connected.id());
        assertThat(botSessions().findByAgentState(AgentState.WAITING, Optional.of(newQueue()), 10)).isEmpty();
    }

    /**
     * Without a queue, every queue counts. A shared database keeps the sessions of earlier runs, so this run's are
     * made older than any of them: the oldest sessions in the store are then known.
     */
    @Test
    void withoutAQueueTheSessionsOfEveryQueueInTheStateCount() {
        Instant beforeEarlierRuns = Instant.parse("2000-01-01T00:00:00Z").minusMillis(System.currentTimeMillis());
        BotSession second = storedWith(AgentState.WAITING, newQueue(), beforeEarlierRuns.plusMillis(1));
        BotSession first = storedWith(AgentState.WAITING, newQueue(), beforeEarlierRuns);
        storedWith(AgentState.CONNECTED, newQueue(), beforeEarlierRuns.minusMillis(1));

        List<BotSession> found = botSessions().findByAgentState(AgentState.WAITING, Optional.empty(), 2);

        assertThat(ids(found)).containsExactly(first.id(), second.id());
        assertThat(found.get(0).snapshot()).isEqualTo(BotSessionSnapshots.withVersion(first.snapshot(), 1));
    }

    @Test
    void everyCallWorksInsideAUnitOfWork() {
        BotSession begun = BotSession.begin(newId(), newKey(), "beth.anglin", newId(), T0);
        SysId interaction = newId();

        unitOfWork().run(() -> {
            botSessions().add(begun);
            BotSession current = botSessions().findByKey(begun.key()).orElseThrow();
            current.recordedIn(interaction);
            botSessions().update(current);
            return null;
        });
        BotSession inUnit = unitOfWork().run(() -> botSessions().findById(begun.id()).orElseThrow());

        assertThat(inUnit.version()).isEqualTo(2);
        assertThat(inUnit.interactionId()).contains(interaction);
        assertThat(read(begun.id()).version()).isEqualTo(2);
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            botSessions().update(begun);
            return null;
        })).isInstanceOf(ConcurrentUpdateException.class);
    }

    /** The rollback cases, for stores whose bot sessions join the unit of work's transaction. */
    public abstract static class Transactional extends BotSessionsContract {

        @Test
        void anUpdateInAUnitThatFailsIsRolledBack() {
            BotSession stored = storedSession();
            BotSession current = read(stored.id());
            current.recordedIn(newId());

            assertThatThrownBy(() -> unitOfWork().run(() -> {
                botSessions().update(current);
                throw new IllegalStateException("the work failed after the update");
            })).isInstanceOf(IllegalStateException.class).hasMessage("the work failed after the update");

            BotSession read = read(stored.id());
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.interactionId()).isEmpty();
        }

        @Test
        void anAddInAUnitThatFailsIsRolledBack() {
            BotSession begun = BotSession.begin(newId(), newKey(), "beth.anglin", newId(), T0);

            assertThatThrownBy(() -> unitOfWork().run(() -> {
                botSessions().add(begun);
                throw new IllegalStateException("the work failed after the add");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(botSessions().findById(begun.id())).isEmpty();
            assertThat(botSessions().findByKey(begun.key())).isEmpty();
        }
    }

    // --- helpers

    protected static SysId newId() {
        return ScriptedIdGenerator.random();
    }

    protected static SessionKey newKey() {
        return new SessionKey("web", "session:" + UUID.randomUUID());
    }

    private static String newQueue() {
        return "queue-" + UUID.randomUUID();
    }

    private static Instant at(long millisAfterT0) {
        return T0.plus(millisAfterT0, ChronoUnit.MILLIS);
    }

    /** A new session, stored: version 1 in the store, version 0 in the returned copy. */
    protected BotSession storedSession() {
        BotSession begun = BotSession.begin(newId(), newKey(), "beth.anglin", newId(), T0);
        botSessions().add(begun);
        return begun;
    }

    protected BotSession read(SysId id) {
        return botSessions().findById(id).orElseThrow();
    }

    private BotSession storedWith(AgentState state, String queue, Instant updatedAt) {
        BotSession session = BotSession.restore(BotSessionSnapshots.inState(newId(), newKey(), state, queue, updatedAt));
        botSessions().add(session);
        return session;
    }

    private static List<SysId> ids(List<BotSession> sessions) {
        return sessions.stream().map(BotSession::id).toList();
    }
}
