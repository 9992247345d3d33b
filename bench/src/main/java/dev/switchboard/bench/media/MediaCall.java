package dev.switchboard.bench.media;

import dev.switchboard.bench.load.Latencies;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * One simulated Twilio call: a WebSocket client that sends what Twilio sends, in Twilio's order ({@code connected},
 * {@code start} with a unique callSid and streamSid and {@code customParameters.From}, then a {@code media} message
 * per 20 ms frame with increasing {@code sequenceNumber}, {@code chunk} and {@code timestamp}, a {@code dtmf} digit
 * every {@link MediaRound#DTMF_EVERY_FRAMES} frames, and at the end {@code mark} and {@code stop}).
 *
 * <p>Frame {@code k} is due at {@code firstDue + k × period}, absolute times, so a late tick catches up instead of
 * drifting. The JDK client allows one send at a time per socket, so each message is chained after the previous one;
 * a frame counts as sent when its send completed (it was written to the connection), and its lateness is the time
 * from its due time to then.
 */
final class MediaCall implements WebSocket.Listener {

    private static final String DIGITS = "1234567890*#";

    final String callSid;
    final String streamSid;
    private final MediaRound round;
    private final Latencies lateness = new Latencies();
    private final AtomicBoolean sendFailed = new AtomicBoolean();
    /** The close code the service sent, -1 when the connection failed without one. */
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    /** Frames whose send completed (written to the connection). */
    final AtomicInteger framesSent = new AtomicInteger();
    /** When {@code stop} had been written, and when the service's close arrived (System.nanoTime(), 0: not yet). */
    private volatile long stopSentNanos;
    private volatile long closedNanos;

    private volatile WebSocket socket;
    private volatile boolean stopping;
    /** Closed by the service (or failed) before {@code stop}: counted once, as a drop. */
    volatile boolean droppedEarly;

    // Used by the pacer's ticks one after the other (then by stop(), after the pacer has ended):
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private long firstDueNanos;
    private long periodNanos;
    private int queuedFrames;
    private int sequence;
    private int dtmfQueued;

    MediaCall(MediaRound round, String callSid, String streamSid) {
        this.round = round;
        this.callSid = callSid;
        this.streamSid = streamSid;
    }

    void connected(WebSocket socket) {
        this.socket = socket;
    }

    /** {@code connected} and {@code start}, as Twilio opens a stream. */
    void start(String caller) {
        send("{\"event\": \"connected\", \"protocol\": \"Call\", \"version\": \"1.0.0\"}");
        send("{\"event\": \"start\", \"sequenceNumber\": \"" + ++sequence + "\", \"start\": {\"accountSid\":"
                + " \"ACbench\", \"streamSid\": \"" + streamSid + "\", \"callSid\": \"" + callSid + "\", \"tracks\":"
                + " [\"inbound\"], \"customParameters\": {\"From\": \"" + caller + "\"}, \"mediaFormat\":"
                + " {\"encoding\": \"audio/x-mulaw\", \"sampleRate\": 8000, \"channels\": 1}}, \"streamSid\": \""
                + streamSid + "\"}");
    }

    /** Sets the call's schedule; the pacer calls {@link #tick} from then on. */
    void schedule(long firstDueNanos, long periodNanos) {
        this.firstDueNanos = firstDueNanos;
        this.periodNanos = periodNanos;
    }

    /** Queues every frame due by now (one, unless the pacer was late), and a digit after each DTMF_EVERY_FRAMES. */
    void tick() {
        if (stopping) {
            return;
        }
        long due = Math.floorDiv(System.nanoTime() - firstDueNanos, periodNanos) + 1;
        while (queuedFrames < due) {
            int k = queuedFrames++;
            send("{\"event\": \"media\", \"sequenceNumber\": \"" + ++sequence + "\", \"media\": {\"track\":"
                    + " \"inbound\", \"chunk\": \"" + (k + 1) + "\", \"timestamp\": \""
                    + (long) k * MediaRound.FRAME_MILLIS
                    + "\", \"payload\": \"" + round.payload(k) + "\"}, \"streamSid\": \"" + streamSid + "\"}",
                    sentAt -> frameSent(sentAt, firstDueNanos + k * periodNanos));
            if (queuedFrames % MediaRound.DTMF_EVERY_FRAMES == 0) {
                send("{\"event\": \"dtmf\", \"streamSid\": \"" + streamSid + "\", \"sequenceNumber\": \"" + ++sequence
                        + "\", \"dtmf\": {\"track\": \"inbound_track\", \"digit\": \""
                        + DIGITS.charAt(dtmfQueued++ % DIGITS.length()) + "\"}}");
            }
        }
    }

    /** Digits queued so far (all of them are sent before {@code stop}, which is chained after them). */
    int dtmfQueued() {
        return dtmfQueued;
    }

    /** {@code mark} and {@code stop}, after everything queued; the service then closes the connection (1000). */
    void stop() {
        stopping = true;
        send("{\"event\": \"mark\", \"sequenceNumber\": \"" + ++sequence + "\", \"streamSid\": \"" + streamSid
                + "\", \"mark\": {\"name\": \"bench\"}}");
        send("{\"event\": \"stop\", \"sequenceNumber\": \"" + ++sequence + "\", \"stop\": {\"accountSid\":"
                + " \"ACbench\", \"callSid\": \"" + callSid + "\"}, \"streamSid\": \"" + streamSid + "\"}",
                sentAt -> stopSentNanos = sentAt);
    }

    /**
     * From writing {@code stop} to the service's close, in nanoseconds, or -1 when either did not happen: the service
     * applies a call's messages in order, so this is how far behind the call's audio it was at the end, plus
     * storing the last second and closing the interaction.
     */
    long stopToCloseNanos() {
        long sent = stopSentNanos;
        long closedAt = closedNanos;
        return sent == 0 || closedAt == 0 ? -1 : Math.max(0, closedAt - sent);
    }

    /** Ends the connection at once (no close handshake), for a call still open when the round gives up on it. */
    void abort() {
        stopping = true;
        WebSocket s = socket;
        if (s != null) {
            s.abort();
        }
        closed.complete(-1);
    }

    Latencies lateness() {
        return lateness;
    }

    private void frameSent(long sentAt, long dueNanos) {
        framesSent.incrementAndGet();
        if (round.frameSent(sentAt)) {
            lateness.add(Math.max(0, sentAt - dueNanos));
        }
    }

    private void send(String text) {
        send(text, sentAt -> { });
    }

    /**
     * Chains one text message after the previous one.
     *
     * @param onSent told when its send completed (System.nanoTime()), in order with the call's other messages
     */
    private void send(String text, LongConsumer onSent) {
        tail = tail.thenCompose(previous -> socket.sendText(text, true)).whenComplete((sent, failure) -> {
            if (failure != null) {
                if (sendFailed.compareAndSet(false, true)) {
                    round.sendFailed(this, failure);
                }
            } else {
                onSent.accept(System.nanoTime());
            }
        });
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        webSocket.request(1); // the service sends nothing on this channel; read and ignore whatever comes
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedNanos = System.nanoTime();
        if (!stopping) {
            droppedEarly = true;
            round.dropped(this, "closed by the service before stop: " + statusCode + " " + reason);
        }
        closed.complete(statusCode);
        return null; // the JDK then answers the close
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!stopping) {
            droppedEarly = true;
            round.dropped(this, "connection failed: " + error);
        }
        closed.complete(-1);
    }
}
