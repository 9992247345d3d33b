package dev.switchboard.bench.media;

import dev.switchboard.bench.load.Latencies;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * N calls at once on one service: opened one after the other (signed upgrade, {@code connected}, {@code start}), then
 * paced together by a scheduler (each call's frames at absolute times, the calls' phases spread over one frame
 * period, as independent calls are), then stopped together. Counts the frames sent, inside the measured window too,
 * and what went wrong: refused upgrades, connections the service closed before {@code stop}, failed sends, and calls
 * the service did not close normally (1000) after {@code stop}.
 */
final class MediaRound implements AutoCloseable {

    /** Twilio's frame: 20 ms of μ-law at 8 kHz, 160 bytes. */
    static final int FRAME_MILLIS = 20;
    static final int FRAME_BYTES = 160;
    /** A DTMF digit after every 250 frames of a call (5 s of audio). */
    static final int DTMF_EVERY_FRAMES = 250;
    private static final Duration CONNECT_LIMIT = Duration.ofSeconds(10);
    /** Two pacer threads: 100 calls at 50 frames/s are 5,000 sends a second. */
    private static final int PACER_THREADS = 2;
    /** One second of a 440 Hz tone, frame by frame, base64: every call sends it over and over. */
    private static final String[] PAYLOADS = tone();

    private final List<MediaCall> calls = new ArrayList<>();
    private final ScheduledThreadPoolExecutor pacer = new ScheduledThreadPoolExecutor(PACER_THREADS, runnable -> {
        Thread thread = new Thread(runnable, "media-pacer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong framesInWindow = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sendFailures = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private volatile long windowFrom = Long.MAX_VALUE;
    private volatile long windowTo = Long.MAX_VALUE;
    private long abnormalEnds;

    /**
     * Opens {@code count} calls to the channel, one after the other, each with {@code connected} and {@code start}
     * sent; an upgrade the service refuses (or that takes longer than 10 s) is counted, and the round goes on with
     * the others.
     *
     * @param prefix makes the callSids unique across windows and services
     */
    static MediaRound open(HttpClient client, TwilioChannel channel, int count, String prefix) {
        MediaRound round = new MediaRound();
        for (int i = 0; i < count; i++) {
            String id = String.format("%s%06d", prefix, i);
            String padded = (id + "0".repeat(32)).substring(0, 32); // Twilio's ids: two letters and 32 hex digits
            MediaCall call = new MediaCall(round, "CA" + padded, "MZ" + padded);
            try {
                WebSocket socket = client.newWebSocketBuilder().connectTimeout(CONNECT_LIMIT)
                        .header("X-Twilio-Signature", channel.signature())
                        .buildAsync(channel.webSocketUrl(), call)
                        .get(CONNECT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                call.connected(socket);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                round.close();
                throw new IllegalStateException("interrupted while opening calls", e);
            } catch (ExecutionException | TimeoutException e) {
                round.refused.incrementAndGet();
                round.firstError.compareAndSet(null, "upgrade failed: "
                        + (e instanceof ExecutionException ? e.getCause() : e));
                continue;
            }
            call.start(String.format("+1415555%04d", i % 10_000));
            round.calls.add(call);
        }
        return round;
    }

    /** Starts pacing: each call's frames every {@code 1 / frameRate} s from {@code startNanos} plus its phase. */
    void begin(long startNanos, int frameRate) {
        long period = TimeUnit.SECONDS.toNanos(1) / frameRate;
        for (int i = 0; i < calls.size(); i++) {
            MediaCall call = calls.get(i);
            long firstDue = startNanos + period * i / Math.max(1, calls.size());
            call.schedule(firstDue, period);
            pacer.scheduleAtFixedRate(call::tick, Math.max(0, firstDue - System.nanoTime()), period,
                    TimeUnit.NANOSECONDS);
        }
    }

    /** The measured window, in System.nanoTime(): frames sent inside it count for it. */
    void window(long fromNanos, long toNanos) {
        windowFrom = fromNanos;
        windowTo = toNanos;
    }

    /**
     * Ends the pacing (no frame is queued after this), sends {@code mark} and {@code stop} on every call after what
     * it had queued, and waits for the service to close each connection; a call not closed with 1000 within
     * {@code limit} counts as ended abnormally (and is aborted).
     */
    void stop(Duration limit) throws InterruptedException {
        pacer.shutdown(); // cancels the periodic ticks; a running tick finishes
        if (!pacer.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the pacer did not stop within 10 s");
        }
        calls.forEach(MediaCall::stop);
        long deadline = System.nanoTime() + limit.toNanos();
        for (MediaCall call : calls) {
            int code;
            try {
                code = call.closed.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                code = -2;
            }
            if (code != 1000 && !call.droppedEarly) { // a drop was counted when it happened
                abnormalEnds++;
                firstError.compareAndSet(null, call.callSid + " ended with " + (code == -2 ? "no close within "
                        + limit.toSeconds() + " s after stop" : code == -1 ? "a failed connection" : "close code "
                        + code));
            }
            if (code != 1000) {
                call.abort();
            }
        }
    }

    List<MediaCall> calls() {
        return calls;
    }

    long framesInWindow() {
        return framesInWindow.get();
    }

    long refused() {
        return refused.get();
    }

    long dropped() {
        return dropped.get();
    }

    long sendFailures() {
        return sendFailures.get();
    }

    /** Calls that were not closed by the service with 1000 after {@code stop} (known after {@link #stop}). */
    long abnormalEnds() {
        return abnormalEnds;
    }

    String firstError() {
        return firstError.get();
    }

    long framesSent() {
        return calls.stream().mapToLong(call -> call.framesSent.get()).sum();
    }

    /** From {@code stop} to the service's close, over the calls closed after stop, sorted (nanoseconds). */
    long[] stopToCloseSorted() {
        return calls.stream().mapToLong(MediaCall::stopToCloseNanos).filter(nanos -> nanos >= 0).sorted().toArray();
    }

    /** How late the window's frames were written, from their due time, sorted (nanoseconds). */
    long[] latenessSorted() {
        return Latencies.mergeSorted(calls.stream().map(MediaCall::lateness).toList());
    }

    String payload(int frame) {
        return PAYLOADS[frame % PAYLOADS.length];
    }

    /** A frame's send completed at {@code nanos}; true when that is inside the measured window. */
    boolean frameSent(long nanos) {
        if (nanos >= windowFrom && nanos < windowTo) {
            framesInWindow.incrementAndGet();
            return true;
        }
        return false;
    }

    void sendFailed(MediaCall call, Throwable failure) {
        sendFailures.incrementAndGet();
        firstError.compareAndSet(null, call.callSid + ": a send failed: " + failure);
    }

    void dropped(MediaCall call, String what) {
        dropped.incrementAndGet();
        firstError.compareAndSet(null, call.callSid + ": " + what);
    }

    /** Aborts every connection still open and stops the pacer. */
    @Override
    public void close() {
        pacer.shutdownNow();
        for (MediaCall call : calls) {
            if (!call.closed.isDone()) {
                call.abort();
            }
        }
    }

    /** 50 frames (one second) of a 440 Hz tone in μ-law, each base64. */
    private static String[] tone() {
        int frames = 1000 / FRAME_MILLIS;
        String[] payloads = new String[frames];
        for (int frame = 0; frame < frames; frame++) {
            byte[] audio = new byte[FRAME_BYTES];
            for (int i = 0; i < audio.length; i++) {
                double t = (frame * FRAME_BYTES + i) / 8000.0;
                audio[i] = muLaw((short) (8000 * Math.sin(2 * Math.PI * 440 * t)));
            }
            payloads[frame] = Base64.getEncoder().encodeToString(audio);
        }
        return payloads;
    }

    /** G.711 μ-law compression of one 16-bit sample. */
    private static byte muLaw(short sample) {
        int sign = sample < 0 ? 0x80 : 0;
        int magnitude = Math.min(Math.abs((int) sample), 32635) + 0x84;
        int segment = 7;
        for (int mask = 0x4000; (magnitude & mask) == 0 && segment > 0; mask >>= 1) {
            segment--;
        }
        int step = (magnitude >> (segment + 3)) & 0x0F;
        return (byte) ~(sign | segment << 4 | step);
    }
}
