package dev.switchboard.bench.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the clients of one scenario saw: every answer by status and how long it took, every request that got no answer,
 * and per interaction the messages acknowledged (answered 200) and those sent but never acknowledged (their request
 * failed and was not retried to success before the scenario ended: they may or may not be stored). Thread-safe.
 */
final class Ledger {

    private final Duration bound;
    private final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> unacknowledged = new ConcurrentHashMap<>();
    private final Set<String> lost = ConcurrentHashMap.newKeySet();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong noAnswer = new AtomicLong();
    private final AtomicLong slowestNanos = new AtomicLong();
    private final AtomicLong overBound = new AtomicLong();
    private final Map<Integer, AtomicLong> otherStatuses = new ConcurrentSkipListMap<>();
    private final List<String> otherSamples = new ArrayList<>();

    Ledger(Duration bound) {
        this.bound = bound;
    }

    void sending(String interaction, Collection<String> messageIds) {
        unacknowledged.computeIfAbsent(interaction, id -> ConcurrentHashMap.newKeySet()).addAll(messageIds);
    }

    void acknowledged(String interaction, Collection<String> messageIds, long nanos) {
        acknowledged.computeIfAbsent(interaction, id -> ConcurrentHashMap.newKeySet()).addAll(messageIds);
        unacknowledged.get(interaction).removeAll(messageIds);
        ok.incrementAndGet();
        answered(nanos);
    }

    void unavailable(long nanos) {
        unavailable.incrementAndGet();
        answered(nanos);
    }

    /** Any status but 200 and 503; the first few bodies are kept for the report. */
    void other(int status, String body, long nanos) {
        otherStatuses.computeIfAbsent(status, code -> new AtomicLong()).incrementAndGet();
        synchronized (otherSamples) {
            if (otherSamples.size() < 5) {
                otherSamples.add(status + " " + body.substring(0, Math.min(200, body.length())));
            }
        }
        answered(nanos);
    }

    /** Connection refused, reset, or no answer within the client's 60 s. */
    void gotNoAnswer() {
        noAnswer.incrementAndGet();
    }

    /** The interaction's data went with the in-memory MongoDB stand-in's restart: not checked afterwards. */
    void lost(String interaction) {
        lost.add(interaction);
    }

    private void answered(long nanos) {
        slowestNanos.accumulateAndGet(nanos, Math::max);
        if (nanos > bound.toNanos()) {
            overBound.incrementAndGet();
        }
    }

    Set<String> acknowledgedOf(String interaction) {
        return acknowledged.getOrDefault(interaction, Set.of());
    }

    Set<String> unacknowledgedOf(String interaction) {
        return unacknowledged.getOrDefault(interaction, Set.of());
    }

    /** Every interaction a message was sent to, but those lost with the stand-in. */
    Set<String> checkedInteractions() {
        Set<String> interactions = ConcurrentHashMap.newKeySet();
        interactions.addAll(unacknowledged.keySet());
        interactions.removeAll(lost);
        return interactions;
    }

    long lostAcknowledged() {
        return lost.stream().mapToLong(interaction -> acknowledgedOf(interaction).size()).sum();
    }

    long ok() {
        return ok.get();
    }

    long unavailable() {
        return unavailable.get();
    }

    long noAnswer() {
        return noAnswer.get();
    }

    long other() {
        return otherStatuses.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long overBound() {
        return overBound.get();
    }

    Duration slowest() {
        return Duration.ofNanos(slowestNanos.get());
    }

    long lostInteractions() {
        return lost.size();
    }

    /** For the report: "none", or e.g. "500 × 3, 404 × 1: 500 {"error":…}". */
    String otherSummary() {
        if (otherStatuses.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        otherStatuses.forEach((status, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(status).append(" × ").append(count.get()));
        synchronized (otherSamples) {
            return text + ": " + String.join(" | ", otherSamples);
        }
    }
}
