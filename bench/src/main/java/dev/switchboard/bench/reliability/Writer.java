package dev.switchboard.bench.reliability;

import dev.switchboard.bench.load.HttpConnection;
import dev.switchboard.bench.load.HttpWorkload;
import dev.switchboard.bench.load.ScriptedMessage;
import dev.switchboard.bench.load.TranscriptScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One client as a CCaaS platform behaves: it streams batches of new messages and sends a batch again until it is
 * acknowledged (200), whatever happened meanwhile (503, connection refused while the service restarts, a reset
 * mid-request), which is safe because the service stores an identical message once. Each batch goes to one
 * interaction; with several instances, each try goes to the next instance.
 */
final class Writer implements Callable<Void> {

    private static final String[] SENTIMENTS = {"POSITIVE", "NEUTRAL", "NEGATIVE"};
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 100;

    private final int number;
    private final List<Integer> ports;
    private final List<String> interactions;
    private final int batchSize;
    private final Ledger ledger;
    private final BooleanSupplier running;
    private final boolean replaceLostInteractions;
    private final Random random;
    private final Map<Integer, HttpConnection> connections = new HashMap<>();
    private long sequence;

    /**
     * @param replaceLostInteractions on a 404, start a new interaction instead of failing: the in-memory MongoDB
     *                                stand-in forgets everything when it restarts
     */
    Writer(int number, List<Integer> ports, List<String> interactions, int batchSize, Ledger ledger,
           BooleanSupplier running, boolean replaceLostInteractions, long seed) {
        this.number = number;
        this.ports = List.copyOf(ports);
        this.interactions = new ArrayList<>(interactions);
        this.batchSize = batchSize;
        this.ledger = ledger;
        this.running = running;
        this.replaceLostInteractions = replaceLostInteractions;
        this.random = new Random(seed + number);
    }

    @Override
    public Void call() throws InterruptedException {
        try {
            while (running.getAsBoolean()) {
                deliver((int) ((number + sequence) % interactions.size()), nextBatch());
            }
            return null;
        } finally {
            connections.values().forEach(HttpConnection::close);
        }
    }

    private List<ScriptedMessage> nextBatch() {
        List<ScriptedMessage> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < batchSize; i++) {
            long begin = (sequence * batchSize + i) * 1_000;
            batch.add(new ScriptedMessage("w" + number + "-" + sequence + "-" + i, i % 2 == 0 ? "AGENT" : "CUSTOMER",
                    "writer " + number + " batch " + sequence + " message " + i, begin, begin + 900,
                    SENTIMENTS[random.nextInt(SENTIMENTS.length)]));
        }
        sequence++;
        return batch;
    }

    /** Sends the batch until it is acknowledged or the scenario ends. */
    private void deliver(int slot, List<ScriptedMessage> batch) throws InterruptedException {
        String interaction = interactions.get(slot);
        List<String> ids = batch.stream().map(ScriptedMessage::sourceId).toList();
        byte[] body = TranscriptScript.toJson(batch).getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; running.getAsBoolean(); attempt++) {
            int port = ports.get((int) ((sequence + attempt) % ports.size()));
            ledger.sending(interaction, ids);
            long started = System.nanoTime();
            try {
                HttpConnection.Response response = connection(port)
                        .post(HttpWorkload.BASE_PATH + "/" + interaction + "/messages", body);
                long took = System.nanoTime() - started;
                if (response.status() == 200) {
                    ledger.acknowledged(interaction, ids, took);
                    return;
                }
                if (response.status() == 404 && replaceLostInteractions) {
                    ledger.lost(interaction);
                    interactions.set(slot, startInteraction(port));
                    return;
                }
                if (response.status() == 503) {
                    ledger.unavailable(took);
                } else {
                    ledger.other(response.status(), response.text(), took);
                }
            } catch (IOException noAnswer) {
                ledger.gotNoAnswer();
            }
            TimeUnit.MILLISECONDS.sleep(PAUSE_AFTER_FAILURE_MILLIS);
        }
    }

    /** Starts a new interaction on the instance at {@code port}, trying until it succeeds or the scenario ends. */
    private String startInteraction(int port) throws InterruptedException {
        while (running.getAsBoolean()) {
            try {
                return HttpWorkload.startInteraction(connection(port));
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(PAUSE_AFTER_FAILURE_MILLIS);
            }
        }
        return interactions.get(0); // the scenario is over; the batch is not sent
    }

    private HttpConnection connection(int port) {
        return connections.computeIfAbsent(port, p -> new HttpConnection(p, Scenario.AUTHORIZATION));
    }
}
