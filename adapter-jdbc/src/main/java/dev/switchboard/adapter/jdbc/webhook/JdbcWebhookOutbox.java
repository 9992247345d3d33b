package dev.switchboard.adapter.jdbc.webhook;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.adapter.jdbc.JdbcUnitOfWork;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.event.Attempt;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link WebhookOutbox} in the {@code webhook_delivery} and {@code webhook_attempt} tables.
 *
 * <p>A claim is one transaction: {@code SELECT … FOR UPDATE SKIP LOCKED} locks the due rows that head their
 * (endpoint, ordering key), then an UPDATE writes the lease on them. A second dispatcher's claim passes over rows
 * the first has locked, and once the first has committed it sees their lease, so no row is claimed twice. The "no
 * earlier PENDING row of the key" test is a plain read, not a locking one, on every supported database: while one
 * dispatcher holds a key's head, the rows behind it are not heads to anyone. That holds across service instances on
 * PostgreSQL and on MariaDB 10.6 or later (MySQL 8). H2 accepts the same statement; an embedded H2 file serves one
 * process, so there it only keeps that process's dispatcher threads apart.
 *
 * <p>Per key, the append order (the table's {@code seq}) is the order of the changes that caused the deliveries
 * because the units that change one conversation lock it, and so commit one after the other.
 *
 * <p>Every call runs in the {@link JdbcUnitOfWork}: inside a unit it joins the unit's transaction (an append is
 * stored with the unit's change or not at all), and outside one it is a unit of its own.
 */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcWebhookOutbox implements WebhookOutbox {

    private final DeliveryRowRepository deliveries;
    private final AttemptRowRepository attempts;
    private final JdbcUnitOfWork unitOfWork;

    JdbcWebhookOutbox(DeliveryRowRepository deliveries, AttemptRowRepository attempts, JdbcUnitOfWork unitOfWork) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(List<Delivery> toAppend) {
        if (toAppend.isEmpty()) {
            return;
        }
        List<DeliveryRow> rows = toAppend.stream().map(OutboxMapper::toRow).toList();
        inUnit(() -> {
            DuplicateKeys.insert(() -> deliveries.saveAll(rows), "one of the deliveries "
                    + toAppend.stream().map(Delivery::id).toList() + " is already stored");
            return null;
        });
    }

    @Override
    public List<Delivery> claimDue(String dispatcher, Instant now, Duration lease, int limit) {
        List<DeliveryRow> claimed = inUnit(() -> {
            List<DeliveryRow> heads = deliveries.lockClaimable(now.toEpochMilli(), limit);
            if (!heads.isEmpty()) {
                deliveries.lease(heads.stream().map(DeliveryRow::id).toList(), dispatcher,
                        now.plus(lease).toEpochMilli());
            }
            return heads;
        });
        return claimed.stream().map(OutboxMapper::toDomain).toList();
    }

    /**
     * The conditional UPDATE decides: its row count is 1 only while this dispatcher holds the delivery at the attempt
     * before this one, and the row stays locked to the end of the unit, so the attempt's row that follows is written
     * by the one record that got it.
     */
    @Override
    public boolean recordAttempt(SysId delivery, String dispatcher, Attempt attempt, DeliveryState next,
                                 Instant nextAttemptAt) {
        return inUnit(() -> {
            if (deliveries.settle(delivery.value(), dispatcher, attempt.number() - 1, next.name(),
                    nextAttemptAt.toEpochMilli()) == 0) {
                return false;
            }
            DuplicateKeys.insert(() -> attempts.save(OutboxMapper.toRow(delivery, attempt)),
                    "attempt " + attempt.number() + " of delivery " + delivery + " is already recorded");
            return true;
        });
    }

    @Override
    public Optional<Delivery> findById(SysId delivery) {
        return inUnit(() -> deliveries.findById(delivery.value())).map(OutboxMapper::toDomain);
    }

    @Override
    public long countPending() {
        return inUnit(deliveries::countPending);
    }

    @Override
    public List<Delivery> find(Optional<String> endpoint, Optional<DeliveryState> state, int limit) {
        List<DeliveryRow> found = inUnit(() -> {
            if (endpoint.isPresent() && state.isPresent()) {
                return deliveries.findNewestOfEndpointInState(endpoint.get(), state.get().name(), limit);
            }
            if (endpoint.isPresent()) {
                return deliveries.findNewestOfEndpoint(endpoint.get(), limit);
            }
            return state.map(s -> deliveries.findNewestInState(s.name(), limit))
                    .orElseGet(() -> deliveries.findNewest(limit));
        });
        return found.stream().map(OutboxMapper::toDomain).toList();
    }

    @Override
    public List<Attempt> attemptsOf(SysId delivery) {
        return inUnit(() -> attempts.findByDelivery(delivery.value())).stream().map(OutboxMapper::toDomain).toList();
    }

    @Override
    public boolean redeliver(SysId delivery, Instant now) {
        return inUnit(() -> deliveries.redeliver(delivery.value(), now.toEpochMilli())) == 1;
    }

    private <T> T inUnit(Supplier<T> access) {
        return unitOfWork.run(access);
    }
}
