package dev.switchboard.bench.reliability;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What was acknowledged, set against what is stored, over every checked interaction of a scenario: nothing
 * acknowledged may be missing, nothing may be stored twice, nothing may appear that nobody sent, and the counter and
 * sentiment each interaction shows must agree with its messages (a lost update would leave them behind).
 */
record Verification(long acknowledged, long stored, long missing, long duplicated, long unacknowledgedButStored,
                    long unexpected, long counterMismatches, long sentimentMismatches, long sequenceDuplicates) {

    static Verification of(Ledger ledger, Map<String, StoredInteraction> stored) {
        long acknowledged = 0;
        long rows = 0;
        long missing = 0;
        long duplicated = 0;
        long unacknowledgedStored = 0;
        long unexpected = 0;
        long counters = 0;
        long sentiments = 0;
        long sequences = 0;
        for (Map.Entry<String, StoredInteraction> entry : stored.entrySet()) {
            Set<String> acked = ledger.acknowledgedOf(entry.getKey());
            Set<String> unacked = ledger.unacknowledgedOf(entry.getKey());
            StoredInteraction interaction = entry.getValue();
            List<StoredInteraction.Message> messages = interaction.messages();
            Map<String, Integer> copies = new HashMap<>();
            messages.forEach(message -> copies.merge(message.id(), 1, Integer::sum));
            acknowledged += acked.size();
            rows += messages.size();
            missing += acked.stream().filter(id -> !copies.containsKey(id)).count();
            duplicated += copies.values().stream().filter(count -> count > 1).count();
            unacknowledgedStored += copies.keySet().stream().filter(unacked::contains).count();
            unexpected += copies.keySet().stream().filter(id -> !acked.contains(id) && !unacked.contains(id)).count();
            counters += interaction.total() == messages.size() ? 0 : 1;
            sentiments += Objects.equals(interaction.sentiment(), interaction.expectedSentiment()) ? 0 : 1;
            Set<Long> seen = new HashSet<>();
            sequences += messages.stream().filter(message -> !seen.add(message.sequence())).count();
        }
        return new Verification(acknowledged, rows, missing, duplicated, unacknowledgedStored, unexpected, counters,
                sentiments, sequences);
    }

    /** True when the data is exactly what the clients were told. */
    boolean intact() {
        return missing == 0 && duplicated == 0 && unexpected == 0 && counterMismatches == 0
                && sentimentMismatches == 0 && sequenceDuplicates == 0;
    }

    /** The report's columns for the data, in order. */
    void addTo(ScenarioResult.Builder result) {
        result.fact("acknowledged messages", acknowledged)
                .fact("stored", stored)
                .fact("missing", missing)
                .fact("stored twice", duplicated)
                .fact("unacknowledged but stored", unacknowledgedButStored)
                .fact("counter or sentiment off", counterMismatches + sentimentMismatches + sequenceDuplicates);
        if (!intact()) {
            result.problem(String.format("data: %d missing, %d stored twice, %d never sent, %d counters, %d sentiments"
                            + " and %d sequence numbers that disagree with the messages", missing, duplicated, unexpected,
                    counterMismatches, sentimentMismatches, sequenceDuplicates));
        }
    }
}
