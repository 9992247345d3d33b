package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link WebhookOutbox} must do, with hooks of its own like {@link BotSessionsContract}.
 * "Oldest" and "newest" mean appended first and appended last. A store whose unit of work is a transaction that the
 * outbox joins extends {@link Transactional}, which adds the rollback case.
 *
 * <p>A shared database keeps the deliveries of earlier tests and runs, and {@code claimDue} sees every due one, not
 * only this test's. So each test that claims lives in a {@link #freshWindow() window of time} that ends before any
 * earlier window starts: at its times, the deliveries it made are the only ones due.
 */
public abstract class WebhookOutboxContract {

    private static final Duration LEASE = Duration.ofSeconds(30);
    /** Every test's times fit in a window this long. */
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Instant ORIGIN = Instant.parse("2000-01-01T00:00:00Z");
    /**
     * Counts windows down from the wall clock in milliseconds: a run hands out fewer windows than milliseconds pass
     * before the next run starts, so a later run's windows all lie before an earlier run's.
     */
    private static final AtomicLong WINDOWS = new AtomicLong(System.currentTimeMillis());

    protected abstract WebhookOutbox outbox();

    protected abstract UnitOfWork unitOfWork();

    @Test
    void anAppendedDeliveryIsReadBackWithEveryField() {
        Instant t0 = freshWindow();
        Delivery fresh = delivery(newEndpoint(), newKey(), t0, t0);
        Delivery settled = new Delivery(newId(), newEndpoint(), newKey(), EventType.BOT_REPLY,
                Fields.builder().put("text", "ok").build(), t0.plusMillis(1), DeliveryState.DEAD, 7,
                t0.plusMillis(987_654));

        outbox().append(List.of(fresh, settled));

        assertThat(outbox().findById(fresh.id())).contains(fresh);
        assertThat(outbox().findById(settled.id())).contains(settled);
        assertThat(outbox().attemptsOf(fresh.id())).isEmpty();
    }

    @Test
    void unknownIdsFindNothing() {
        assertThat(outbox().findById(newId())).isEmpty();
        assertThat(outbox().attemptsOf(newId())).isEmpty();
    }

    @Test
    void aSecondDeliveryWithTheSameIdFails() {
        Instant t0 = freshWindow();
        Delivery stored = delivery(newEndpoint(), newKey(), t0, t0);
        outbox().append(List.of(stored));
        Delivery sameId = new Delivery(stored.id(), newEndpoint(), newKey(), EventType.INTERACTION_CLOSED,
                Fields.empty(), t0, DeliveryState.PENDING, 0, t0);

        assertThatThrownBy(() -> outbox().append(List.of(sameId))).isInstanceOf(DuplicateRecordException.class);
        assertThat(outbox().findById(stored.id())).contains(stored);
    }

    /** Appended first goes first, even when one appended later has waited longer. */
    @Test
    void onlyDuePendingDeliveriesAreClaimedOldestFirstAtMostLimit() {
        Instant t0 = freshWindow();
        String endpoint = newEndpoint();
        Delivery first = delivery(endpoint, newKey(), t0, t0.plusSeconds(3));
        Delivery second = delivery(endpoint, newKey(), t0.plusMillis(1), t0.plusSeconds(1));
        Delivery third = delivery(endpoint, newKey(), t0.plusMillis(2), t0.plusSeconds(2));
        Delivery notYetDue = delivery(endpoint, newKey(), t0.plusMillis(3), t0.plusSeconds(6));
        Delivery delivered = settledDelivery(endpoint, t0, DeliveryState.DELIVERED);
        Delivery dead = settledDelivery(endpoint, t0, DeliveryState.DEAD);
        outbox().append(List.of(first, second, third, notYetDue, delivered, dead));
        Instant now = t0.plusSeconds(5);

        assertThat(outbox().claimDue("one", now, LEASE, 2)).containsExactly(first, second);
        assertThat(outbox().claimDue("one", now, LEASE, 10)).containsExactly(third);
        assertThat(outbox().claimDue("one", now, LEASE, 10)).isEmpty();
        assertThat(ids(outbox().claimDue("one", t0.plusSeconds(6), LEASE, 10))).containsExactly(notYetDue.id());
    }

    @Test
    void ofOneKeyOnlyTheFirstUnfinishedDeliveryIsClaimableAndOtherKeysAndEndpointsAreNotHeldUp() {
        Instant t0 = freshWindow();
        String endpoint = newEndpoint();
        String key = newKey();
        Delivery head = delivery(endpoint, key, t0, t0);
        Delivery behind = delivery(endpoint, key, t0.plusMillis(1), t0);
        Delivery otherKey = delivery(endpoint, newKey(), t0.plusMillis(2), t0);
        Delivery otherEndpoint = delivery(newEndpoint(), key, t0.plusMillis(3), t0);
        outbox().append(List.of(head, behind, otherKey, otherEndpoint));
        Instant now = t0.plusSeconds(1);
        Duration beyondTheTest = WINDOW;

        assertThat(ids(outbox().claimDue("one", now, beyondTheTest, 10)))
                .containsExactly(head.id(), otherKey.id(), otherEndpoint.id());

        // Failed, and due again later: it still goes before the one behind it.
        Instant retryAt = t0.plusSeconds(120);
        assertThat(outbox().recordAttempt(head.id(), "one", new Attempt(1, now, 500, 20, "boom"),
                DeliveryState.PENDING, retryAt)).isTrue();
        assertThat(outbox().claimDue("one", now.plusSeconds(60), LEASE, 10)).isEmpty();
        assertThat(ids(outbox().claimDue("one", retryAt, LEASE, 10))).containsExactly(head.id());

        assertThat(outbox().recordAttempt(head.id(), "one", new Attempt(2, retryAt, 204, 20, ""),
                DeliveryState.DELIVERED, retryAt)).isTrue();
        assertThat(ids(outbox().claimDue("one", retryAt, LEASE, 10))).containsExactly(behind.id());
    }

    @Test
    void aDeadDeliveryNoLongerHoldsUpItsKey() {
        Instant t0 = freshWindow();
        String endpoint = newEndpoint();
        String key = newKey();
        Delivery head = delivery(endpoint, key, t0, t0);
        Delivery behind = delivery(endpoint, key, t0.plusMillis(1), t0);
        outbox().append(List.of(head, behind));

        assertThat(ids(outbox().claimDue("one", t0, LEASE, 10))).containsExactly(head.id());
        outbox().recordAttempt(head.id(), "one", new Attempt(1, t0, 410, 5, "gone"), DeliveryState.DEAD, t0);

        assertThat(ids(outbox().claimDue("one", t0, LEASE, 10))).containsExactly(behind.id());
    }

    @Test
    void aClaimHoldsUntilItsLeaseRunsOut() {
        Instant t0 = freshWindow();
        Delivery due = delivery(newEndpoint(), newKey(), t0, t0);
        outbox().append(List.of(due));

        assertThat(outbox().claimDue("one", t0, LEASE, 10)).containsExactly(due);
        assertThat(outbox().claimDue("other", t0.plusSeconds(10), LEASE, 10)).isEmpty();
        assertThat(outbox().claimDue("other", t0.plusSeconds(31), LEASE, 10)).containsExactly(due);
    }

    @Test
    void aFailedAttemptMakesTheDeliveryDueAgainAndReleasesTheClaim() {
        Instant t0 = freshWindow();
        Delivery due = delivery(newEndpoint(), newKey(), t0, t0);
        outbox().append(List.of(due));
        outbox().claimDue("one", t0, LEASE, 10);
        Attempt first = new Attempt(1, t0.plusMillis(15), 503, 123, "{\"error\":\"busy\"}");

        assertThat(outbox().recordAttempt(due.id(), "one", first, DeliveryState.PENDING, t0.plusSeconds(1))).isTrue();

        Delivery read = outbox().findById(due.id()).orElseThrow();
        assertThat(read.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(read.attempts()).isEqualTo(1);
        assertThat(read.nextAttemptAt()).isEqualTo(t0.plusSeconds(1));
        assertThat(outbox().claimDue("other", t0.plusMillis(999), LEASE, 10)).isEmpty();
        // Within the first claim's lease: only a released claim lets another dispatcher have it.
        assertThat(outbox().claimDue("other", t0.plusSeconds(1), LEASE, 10)).containsExactly(read);
        assertThat(outbox().attemptsOf(due.id())).containsExactly(first);
    }

    @Test
    void pendingDeliveriesAreCountedUntilTheyAreSettled() {
        Instant t0 = freshWindow();
        long before = outbox().countPending();
        Delivery first = delivery(newEndpoint(), newKey(), t0, t0);
        Delivery second = delivery(newEndpoint(), newKey(), t0, t0);
        outbox().append(List.of(first, second));
        assertThat(outbox().countPending()).isEqualTo(before + 2);

        outbox().claimDue("one", t0, LEASE, 10);
        assertThat(outbox().countPending()).as("claimed ones are still pending").isEqualTo(before + 2);

        outbox().recordAttempt(first.id(), "one", new Attempt(1, t0, 200, 5, "ok"), DeliveryState.DELIVERED, t0);
        outbox().recordAttempt(second.id(), "one", new Attempt(1, t0, 410, 5, "gone"), DeliveryState.DEAD, t0);
        assertThat(outbox().countPending()).isEqualTo(before);
    }

    @Test
    void attemptsAreListedInOrderAndTheLastSettlesTheDelivery() {
        Instant t0 = freshWindow();
        Delivery delivered = delivery(newEndpoint(), newKey(), t0, t0);
        Delivery dead = delivery(newEndpoint(), newKey(), t0, t0);
        outbox().append(List.of(delivered, dead));
        Attempt refused = new Attempt(1, t0.plusMillis(1), 0, 15_000, "connect timed out");
        Attempt failed = new Attempt(2, t0.plusSeconds(5), 500, 7, "x".repeat(Attempt.RESPONSE_EXCERPT));
        Attempt gone = new Attempt(3, t0.plusSeconds(35), 410, 9, "Gone, déjà vu 🚫");
        Attempt ok = new Attempt(1, t0.plusMillis(2), 200, 42, "");

        assertThat(ids(outbox().claimDue("one", t0, LEASE, 10))).containsExactlyInAnyOrder(delivered.id(), dead.id());
        assertThat(outbox().recordAttempt(dead.id(), "one", refused, DeliveryState.PENDING, t0.plusSeconds(5))).isTrue();
        assertThat(outbox().recordAttempt(delivered.id(), "one", ok, DeliveryState.DELIVERED, t0.plusMillis(2)))
                .isTrue();
        assertThat(ids(outbox().claimDue("one", t0.plusSeconds(5), LEASE, 10))).containsExactly(dead.id());
        assertThat(outbox().recordAttempt(dead.id(), "one", failed, DeliveryState.PENDING, t0.plusSeconds(35)))
                .isTrue();
        assertThat(ids(outbox().claimDue("one", t0.plusSeconds(35), LEASE, 10))).containsExactly(dead.id());
        assertThat(outbox().recordAttempt(dead.id(), "one", gone, DeliveryState.DEAD, t0.plusSeconds(35))).isTrue();

        assertThat(outbox().attemptsOf(dead.id())).containsExactly(refused, failed, gone);
        assertThat(outbox().attemptsOf(delivered.id())).containsExactly(ok);
        assertThat(outbox().findById(dead.id())).contains(settled(dead, DeliveryState.DEAD, 3, t0.plusSeconds(35)));
        assertThat(outbox().findById(delivered.id()))
                .contains(settled(delivered, DeliveryState.DELIVERED, 1, t0.plusMillis(2)));
        assertThat(outbox().claimDue("one", t0.plusSeconds(60), LEASE, 10)).isEmpty();
    }

    @Test
    void deliveriesAreFoundByEndpointAndStateNewestFirst() {
        Instant t0 = freshWindow();
        String endpoint = newEndpoint();
        Delivery first = delivery(endpoint, newKey(), t0, t0);
        Delivery second = delivery(endpoint, newKey(), t0.plusMillis(1), t0);
        Delivery third = delivery(endpoint, newKey(), t0.plusMillis(2), t0);
        outbox().append(List.of(first, second, third));
        outbox().claimDue("one", t0, LEASE, 10);
        outbox().recordAttempt(second.id(), "one", new Attempt(1, t0, 410, 1, ""), DeliveryState.DEAD, t0);
        Delivery elsewhere = delivery(newEndpoint(), newKey(), t0.plusMillis(3), t0);
        outbox().append(List.of(elsewhere));

        assertThat(ids(outbox().find(Optional.of(endpoint), Optional.empty(), 10)))
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(ids(outbox().find(Optional.of(endpoint), Optional.empty(), 2)))
                .containsExactly(third.id(), second.id());
        assertThat(ids(outbox().find(Optional.of(endpoint), Optional.of(DeliveryState.PENDING), 10)))
                .containsExactly(third.id(), first.id());
        assertThat(outbox().find(Optional.of(endpoint), Optional.of(DeliveryState.DEAD), 10))
                .containsExactly(settled(second, DeliveryState.DEAD, 1, t0));
        assertThat(outbox().find(Optional.of(endpoint), Optional.of(DeliveryState.DELIVERED), 10)).isEmpty();
        assertThat(outbox().find(Optional.of(newEndpoint()), Optional.empty(), 10)).isEmpty();
        // Without an endpoint every endpoint counts: this test's are the newest in the store.
        assertThat(ids(outbox().find(Optional.empty(), Optional.empty(), 2))).containsExactly(elsewhere.id(), third.id());
        assertThat(ids(outbox().find(Optional.empty(), Optional.of(DeliveryState.DEAD), 1))).containsExactly(second.id());
    }

    @Test
    void aDeadDeliveryIsRedeliveredDueAtOnceWithItsAttempts() {
        Instant t0 = freshWindow();
        Delivery dead = delivery(newEndpoint(), newKey(), t0, t0);
        Delivery pending = delivery(newEndpoint(), newKey(), t0, t0.plusSeconds(300));
        Delivery delivered = delivery(newEndpoint(), newKey(), t0, t0);
        outbox().append(List.of(dead, pending, delivered));
        Attempt gone = new Attempt(1, t0, 410, 3, "gone");
        assertThat(ids(outbox().claimDue("one", t0, LEASE, 10))).containsExactlyInAnyOrder(dead.id(), delivered.id());
        outbox().recordAttempt(dead.id(), "one", gone, DeliveryState.DEAD, t0);
        outbox().recordAttempt(delivered.id(), "one", new Attempt(1, t0, 200, 3, ""), DeliveryState.DELIVERED, t0);
        Instant now = t0.plusSeconds(60);

        assertThat(outbox().redeliver(dead.id(), now)).isTrue();
        assertThat(outbox().redeliver(pending.id(), now)).isFalse();
        assertThat(outbox().redeliver(delivered.id(), now)).isFalse();
        assertThat(outbox().redeliver(newId(), now)).isFalse();

        Delivery again = settled(dead, DeliveryState.PENDING, 1, now);
        assertThat(outbox().findById(dead.id())).contains(again);
        assertThat(outbox().findById(pending.id())).contains(pending);
        assertThat(outbox().findById(delivered.id()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(outbox().attemptsOf(dead.id())).containsExactly(gone);
        assertThat(outbox().claimDue("one", now, LEASE, 10)).containsExactly(again);
    }

    /**
     * The append in a unit of its own, as a service makes it, and the dispatcher's claim and record in another: a
     * store whose unit buffers its writes until it commits (MongoDB) does not show a unit's appends to its own claim,
     * and no dispatcher claims in the unit that appended.
     */
    @Test
    void everyCallWorksInsideAUnitOfWork() {
        Instant t0 = freshWindow();
        Delivery due = delivery(newEndpoint(), newKey(), t0, t0);
        Attempt ok = new Attempt(1, t0, 200, 1, "");

        unitOfWork().run(() -> {
            outbox().append(List.of(due));
            return null;
        });
        List<Delivery> claimed = unitOfWork().run(() -> {
            List<Delivery> inUnit = outbox().claimDue("one", t0, LEASE, 10);
            assertThat(outbox().recordAttempt(due.id(), "one", ok, DeliveryState.DELIVERED, t0)).isTrue();
            return inUnit;
        });

        assertThat(claimed).containsExactly(due);
        assertThat(unitOfWork().run(() -> outbox().findById(due.id())).orElseThrow().state())
                .isEqualTo(DeliveryState.DELIVERED);
        assertThat(unitOfWork().run(() -> outbox().attemptsOf(due.id()))).containsExactly(ok);
    }

    /**
     * The fencing token: "one" sent, but took longer than its lease; "other" claimed the delivery since and holds it
     * now. The late record of "one" must not settle it under "other", whose own record is still taken.
     */
    @Test
    void aSettleByADispatcherWhoseClaimWasTakenOverIsRefusedAndChangesNothing() {
        Instant t0 = freshWindow();
        Delivery due = delivery(newEndpoint(), newKey(), t0, t0);
        outbox().append(List.of(due));
        assertThat(outbox().claimDue("one", t0, LEASE, 10)).containsExactly(due);
        Instant afterTheLease = t0.plus(LEASE).plusSeconds(1);
        assertThat(outbox().claimDue("other", afterTheLease, LEASE, 10)).containsExactly(due);

        boolean late = outbox().recordAttempt(due.id(), "one", new Attempt(1, afterTheLease, 204, 31_000, ""),
                DeliveryState.DELIVERED, afterTheLease);

        assertThat(late).isFalse();
        assertThat(outbox().findById(due.id())).contains(due);
        assertThat(outbox().attemptsOf(due.id())).isEmpty();
        assertThat(outbox().claimDue("one", afterTheLease.plusSeconds(1), LEASE, 10)).as("still claimed by other")
                .isEmpty();
        Attempt own = new Attempt(1, afterTheLease, 503, 40, "busy");
        assertThat(outbox().recordAttempt(due.id(), "other", own, DeliveryState.PENDING, afterTheLease.plusSeconds(5)))
                .isTrue();
        assertThat(outbox().findById(due.id())).contains(settled(due, DeliveryState.PENDING, 1,
                afterTheLease.plusSeconds(5)));
        assertThat(outbox().attemptsOf(due.id())).containsExactly(own);
    }

    /** An attempt is recorded once, even by the dispatcher that holds the delivery again. */
    @Test
    void aSecondSettleOfTheSameAttemptNumberIsRefused() {
        Instant t0 = freshWindow();
        Delivery due = delivery(newEndpoint(), newKey(), t0, t0);
        outbox().append(List.of(due));
        Attempt first = new Attempt(1, t0, 500, 10, "boom");
        outbox().claimDue("one", t0, LEASE, 10);
        assertThat(outbox().recordAttempt(due.id(), "one", first, DeliveryState.PENDING, t0.plusSeconds(5))).isTrue();
        assertThat(ids(outbox().claimDue("one", t0.plusSeconds(5), LEASE, 10))).containsExactly(due.id());

        boolean again = outbox().recordAttempt(due.id(), "one", new Attempt(1, t0.plusSeconds(5), 204, 10, ""),
                DeliveryState.DELIVERED, t0.plusSeconds(5));

        assertThat(again).isFalse();
        assertThat(outbox().findById(due.id())).contains(settled(due, DeliveryState.PENDING, 1, t0.plusSeconds(5)));
        assertThat(outbox().attemptsOf(due.id())).containsExactly(first);
        Attempt second = new Attempt(2, t0.plusSeconds(5), 204, 10, "");
        assertThat(outbox().recordAttempt(due.id(), "one", second, DeliveryState.DELIVERED, t0.plusSeconds(5)))
                .isTrue();
        assertThat(outbox().attemptsOf(due.id())).containsExactly(first, second);
    }

    /** Nobody's claim, a settled delivery, or no delivery at all: refused, without an exception. */
    @Test
    void aSettleOfAnUnclaimedSettledOrUnknownDeliveryIsRefused() {
        Instant t0 = freshWindow();
        Delivery unclaimed = delivery(newEndpoint(), newKey(), t0, t0.plusSeconds(60));
        Delivery delivered = delivery(newEndpoint(), newKey(), t0, t0);
        outbox().append(List.of(unclaimed, delivered));
        assertThat(outbox().claimDue("one", t0, LEASE, 10)).containsExactly(delivered);
        Attempt ok = new Attempt(1, t0, 204, 10, "");
        assertThat(outbox().recordAttempt(delivered.id(), "one", ok, DeliveryState.DELIVERED, t0)).isTrue();

        assertThat(outbox().recordAttempt(unclaimed.id(), "one", ok, DeliveryState.DELIVERED, t0)).isFalse();
        assertThat(outbox().recordAttempt(delivered.id(), "one", new Attempt(2, t0, 204, 10, ""),
                DeliveryState.DELIVERED, t0)).isFalse();
        assertThat(outbox().recordAttempt(newId(), "one", ok, DeliveryState.DELIVERED, t0)).isFalse();

        assertThat(outbox().findById(unclaimed.id())).contains(unclaimed);
        assertThat(outbox().attemptsOf(unclaimed.id())).isEmpty();
        assertThat(outbox().attemptsOf(delivered.id())).containsExactly(ok);
    }

    /** Two dispatchers claim one delivery at a time from one pool, together: none is handed out twice. */
    @Test
    void concurrentClaimsNeverHandOutOneDeliveryTwice() throws Exception {
        Instant t0 = freshWindow();
        int pool = 200;
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < pool; i++) {
            deliveries.add(delivery(newEndpoint(), newKey(), t0.plusMillis(i), t0));
        }
        outbox().append(deliveries);
        AtomicInteger handedOut = new AtomicInteger();
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // Each keeps claiming until the pool is empty: a store may hand one of them nothing while the other claims.
        Callable<List<SysId>> dispatcher = () -> {
            List<SysId> mine = new ArrayList<>();
            while (handedOut.get() < pool && System.nanoTime() < giveUpAt) {
                for (Delivery claimed : outbox().claimDue(Thread.currentThread().getName(), t0, Duration.ofHours(1), 1)) {
                    mine.add(claimed.id());
                    handedOut.incrementAndGet();
                }
            }
            return mine;
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<SysId> first;
        List<SysId> second;
        try {
            List<Future<List<SysId>>> results = threads.invokeAll(List.of(dispatcher, dispatcher), 120,
                    TimeUnit.SECONDS);
            first = results.get(0).get();
            second = results.get(1).get();
        } finally {
            threads.shutdownNow();
        }

        // One dispatcher may get them all (a store that serialises claims can finish before the other starts).
        assertThat(first).doesNotHaveDuplicates();
        assertThat(second).doesNotHaveDuplicates();
        Set<SysId> claimedByBoth = new HashSet<>(first);
        claimedByBoth.retainAll(second);
        assertThat(claimedByBoth).as("claimed by both dispatchers").isEmpty();
        Set<SysId> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(all).containsExactlyInAnyOrderElementsOf(ids(deliveries));
    }

    /** The rollback case, for stores whose outbox joins the unit of work's transaction. */
    public abstract static class Transactional extends WebhookOutboxContract {

        @Test
        void anAppendInAUnitThatFailsIsRolledBack() {
            Instant t0 = freshWindow();
            Delivery due = delivery(newEndpoint(), newKey(), t0, t0);

            assertThatThrownBy(() -> unitOfWork().run(() -> {
                outbox().append(List.of(due));
                throw new IllegalStateException("the work failed after the append");
            })).isInstanceOf(IllegalStateException.class).hasMessage("the work failed after the append");

            assertThat(outbox().findById(due.id())).isEmpty();
            assertThat(outbox().claimDue("one", t0, LEASE, 10)).isEmpty();
        }
    }

    // --- helpers

    /**
     * The start of a window of time that ends before every window handed out earlier, in this run or an earlier one
     * on the same database: see the class comment. Public for the adapters' own claim tests.
     */
    public static Instant freshWindow() {
        return ORIGIN.minus(WINDOW.multipliedBy(WINDOWS.incrementAndGet()));
    }

    protected static SysId newId() {
        return ScriptedIdGenerator.random();
    }

    protected static String newEndpoint() {
        return "endpoint-" + UUID.randomUUID();
    }

    protected static String newKey() {
        return ScriptedIdGenerator.random().value();
    }

    /** A PENDING delivery with a payload that holds every kind of value {@link Fields} may hold. */
    protected static Delivery delivery(String endpoint, String orderingKey, Instant createdAt, Instant dueAt) {
        SysId id = newId();
        Fields data = Fields.builder()
                .put("text", "Hello, wörld 👋")
                .put("count", Long.MAX_VALUE)
                .put("score", -0.125)
                .put("flag", true)
                .put("none", null)
                .put("nested", Fields.builder().put("list", Arrays.asList(1L, 2.5, "three", null, false,
                        Fields.builder().put("deep", List.of()).build())).build())
                .build();
        Fields payload = Fields.builder().put("type", "transcript.messages_added").put("id", id.value())
                .put("occurredAt", createdAt.toString()).put("version", 1).put("data", data).build();
        return new Delivery(id, endpoint, orderingKey, EventType.TRANSCRIPT_MESSAGES_ADDED, payload, createdAt,
                DeliveryState.PENDING, 0, dueAt);
    }

    private static Delivery settledDelivery(String endpoint, Instant at, DeliveryState state) {
        return settled(delivery(endpoint, newKey(), at, at), state, 1, at);
    }

    protected static Delivery settled(Delivery d, DeliveryState state, int attempts, Instant nextAttemptAt) {
        return new Delivery(d.id(), d.endpoint(), d.orderingKey(), d.type(), d.payload(), d.createdAt(), state,
                attempts, nextAttemptAt);
    }

    protected static List<SysId> ids(List<Delivery> deliveries) {
        return deliveries.stream().map(Delivery::id).toList();
    }
}
