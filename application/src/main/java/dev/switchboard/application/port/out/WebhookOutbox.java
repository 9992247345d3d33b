package dev.switchboard.application.port.out;

import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries of events to webhook endpoints: written by the same unit of work as the change that caused them
 * (so a delivery exists exactly when its change was stored), then claimed, attempted and settled by dispatchers,
 * possibly several service instances on one database.
 */
public interface WebhookOutbox {

    /**
     * Adds deliveries, in this order. Inside a {@link UnitOfWork} they are stored with the unit's other changes, or
     * not at all.
     *
     * @throws DuplicateRecordException if a delivery with one of these ids is stored
     */
    void append(List<Delivery> deliveries);

    /**
     * Claims deliveries that are due: PENDING, {@code nextAttemptAt} not after {@code now}, not claimed by a lease
     * that is still running, and, per (endpoint, ordering key), only the one appended first among those not yet
     * DELIVERED or DEAD, so that one key's deliveries go out one after the other. A claim holds until
     * {@code now + lease} or until its attempt is recorded; two dispatchers never hold the same delivery. Oldest
     * first, at most {@code limit}.
     */
    List<Delivery> claimDue(String dispatcher, Instant now, Duration lease, int limit);

    /**
     * Records an attempt and where the delivery goes next: DELIVERED, DEAD, or PENDING again at
     * {@code nextAttemptAt}, and releases the claim; but only while the delivery is still PENDING, claimed by
     * {@code dispatcher}, and has {@code attempt.number() - 1} attempts. That is the fencing token: a dispatcher whose
     * lease ran out while it was sending, and whose delivery another dispatcher claimed since, cannot settle what the
     * other one now holds, and nobody can record the same attempt twice. Otherwise nothing changes.
     *
     * @return true when recorded; false when refused, also for an unknown delivery
     */
    boolean recordAttempt(SysId delivery, String dispatcher, Attempt attempt, DeliveryState next, Instant nextAttemptAt);

    Optional<Delivery> findById(SysId delivery);

    /** How many deliveries are PENDING, claimed or not: the queue an operator watches (a metric). */
    long countPending();

    /** Deliveries, newest first, optionally only one endpoint's or one state's. */
    List<Delivery> find(Optional<String> endpoint, Optional<DeliveryState> state, int limit);

    /** A delivery's attempts, first first. */
    List<Attempt> attemptsOf(SysId delivery);

    /**
     * Makes a DEAD delivery PENDING again, due at {@code now}, keeping its attempts.
     *
     * @return false when there is no such delivery or it is not DEAD
     */
    boolean redeliver(SysId delivery, Instant now);
}
