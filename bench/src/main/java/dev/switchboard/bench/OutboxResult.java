package dev.switchboard.bench;

import dev.switchboard.bench.load.WindowResult;
import dev.switchboard.bench.outbox.Deliveries;
import java.util.List;
import java.util.Optional;

/**
 * The webhook outbox's comparison on one store: the same jar without an endpoint ({@code off}, the store's service)
 * and with one endpoint subscribed ({@code on}, a second service on a database of its own), windows alternating,
 * and the deliveries of each {@code on} window.
 *
 * @param onResidentKib the second service's VmRSS after its last window, or -1
 * @param problem       why some or all of it is missing, or null
 */
public record OutboxResult(List<WindowResult> off, List<WindowResult> on, List<Deliveries> deliveries,
                           long onResidentKib, String problem) {

    static OutboxResult notRun(String why) {
        return new OutboxResult(List.of(), List.of(), List.of(), -1, why);
    }

    public Optional<WindowResult> off(int callers) {
        return TargetResult.find(off, 1, callers);
    }

    public Optional<WindowResult> on(int callers) {
        return TargetResult.find(on, 1, callers);
    }

    public Optional<Deliveries> deliveries(int callers) {
        return deliveries.stream().filter(d -> d.callers() == callers).findFirst();
    }
}
