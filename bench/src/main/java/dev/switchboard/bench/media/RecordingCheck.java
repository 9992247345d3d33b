package dev.switchboard.bench.media;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the service kept of a window's calls, read after they stopped: each call's interaction, found by its callSid
 * ({@code GET /api/now/v1/cs/voice-interactions?clientSessionId=…}), must be {@code closed_complete} with a
 * {@code recordingURL}; the WAV at that URL must last as long as the frames the call sent (20 ms each: the service's
 * CallRecorder stores a second at a time during the call and what is left at {@code stop}, so nothing is rounded
 * away); and its DTMF digits must be stored as event messages.
 *
 * @param calls             calls checked (those whose upgrade was accepted)
 * @param closed            interactions found closed ({@code closed_complete}) with a recording URL
 * @param recordingsMatch   recordings whose duration is the frames sent × 20 ms, to the frame
 * @param maxDiffMillis     the largest |recording − audio sent| over the calls whose recording could be read, in ms
 * @param shortestMillis    the shortest recording read, in ms (-1 when none was)
 * @param dtmfSent          DTMF digits sent in all
 * @param dtmfStored        DTMF event messages found stored
 * @param firstProblem      what the first call that failed a check showed, or null
 */
public record RecordingCheck(int calls, int closed, int recordingsMatch, double maxDiffMillis, double shortestMillis,
                             long dtmfSent, long dtmfStored, String firstProblem) {

    private static final String INTERACTIONS = "/api/now/v1/cs/voice-interactions";

    /** Whether every call passed every check. */
    public boolean allGood() {
        return closed == calls && recordingsMatch == calls && dtmfStored == dtmfSent;
    }

    static RecordingCheck notRun(int calls, String why) {
        return new RecordingCheck(calls, 0, 0, Double.NaN, -1, 0, 0, why);
    }

    /**
     * Checks every call of a stopped round, waiting up to {@code limitMillis} in all for interactions the service
     * has not closed yet.
     */
    static RecordingCheck of(ServiceApi api, List<MediaCall> calls, long limitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        int closed = 0;
        int match = 0;
        double maxDiff = 0;
        double shortest = -1;
        long dtmfSent = 0;
        long dtmfStored = 0;
        String firstProblem = null;
        for (MediaCall call : calls) {
            dtmfSent += call.dtmfQueued();
            String problem;
            try {
                JsonNode interaction = closedInteraction(api, call.callSid, deadline);
                String state = interaction == null ? "none found" : interaction.path("state").asText();
                String url = interaction == null ? "" : interaction.path("recordingURL").asText("");
                if (!"closed_complete".equals(state) || url.isEmpty()) {
                    problem = "interaction " + state + (url.isEmpty() ? ", no recordingURL" : "");
                } else {
                    closed++;
                    long stored = dtmfEvents(api, interaction.path("interactionId").asText());
                    dtmfStored += stored;
                    double wavMillis = wavMillis(api.getBytes(URI.create(url)));
                    double sentMillis = call.framesSent.get() * (double) MediaRound.FRAME_MILLIS;
                    double diff = wavMillis - sentMillis;
                    maxDiff = Math.max(maxDiff, Math.abs(diff));
                    shortest = shortest < 0 ? wavMillis : Math.min(shortest, wavMillis);
                    if (Math.abs(diff) < MediaRound.FRAME_MILLIS / 2.0) {
                        match++;
                        problem = stored == call.dtmfQueued() ? null
                                : stored + " of " + call.dtmfQueued() + " DTMF digits stored";
                    } else {
                        problem = String.format("recording of %.0f ms for %d frames sent (%.0f ms)", wavMillis,
                                call.framesSent.get(), sentMillis);
                    }
                }
            } catch (IOException e) {
                problem = e.getMessage();
            }
            if (problem != null && firstProblem == null) {
                firstProblem = call.callSid + ": " + problem;
            }
        }
        return new RecordingCheck(calls.size(), closed, match, maxDiff, shortest, dtmfSent, dtmfStored, firstProblem);
    }

    /** The call's only interaction, once closed; polled until {@code deadline}; null when none is found. */
    private static JsonNode closedInteraction(ServiceApi api, String callSid, long deadline)
            throws IOException, InterruptedException {
        while (true) {
            JsonNode found = api.getJson(INTERACTIONS + "?clientSessionId="
                    + URLEncoder.encode(callSid, StandardCharsets.UTF_8)).path("result");
            if (found.size() > 1) {
                throw new IOException(found.size() + " interactions for one callSid");
            }
            JsonNode interaction = found.size() == 1 ? found.get(0) : null;
            if (interaction != null && "closed_complete".equals(interaction.path("state").asText())
                    || System.nanoTime() > deadline) {
                return interaction;
            }
            Thread.sleep(100);
        }
    }

    private static long dtmfEvents(ServiceApi api, String interactionId) throws IOException, InterruptedException {
        long events = 0;
        for (JsonNode message : api.getJson(INTERACTIONS + "/" + interactionId + "/messages").path("result")) {
            if (message.path("isEvent").asBoolean()) {
                events++;
            }
        }
        return events;
    }

    /** The duration of a WAV answer's audio in milliseconds, from its {@code fmt } and {@code data} chunks. */
    static double wavMillis(HttpResponse<byte[]> answer) throws IOException {
        byte[] wav = answer.body();
        if (answer.statusCode() != 200) {
            throw new IOException("recording answered " + answer.statusCode());
        }
        ByteBuffer file = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || !new String(wav, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                || !new String(wav, 8, 4, StandardCharsets.US_ASCII).equals("WAVE")) {
            throw new IOException("recording is not a RIFF/WAVE file (" + wav.length + " bytes)");
        }
        int blockAlign = 0;
        int sampleRate = 0;
        for (int at = 12; at + 8 <= wav.length; ) {
            String id = new String(wav, at, 4, StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(file.getInt(at + 4));
            if (id.equals("fmt ") && at + 22 <= wav.length) {
                sampleRate = file.getInt(at + 12);
                blockAlign = file.getShort(at + 20);
            } else if (id.equals("data")) {
                if (blockAlign <= 0 || sampleRate <= 0) {
                    throw new IOException("recording has its data before a valid fmt chunk");
                }
                long bytes = Math.min(size, wav.length - at - 8L);
                return bytes / blockAlign * 1000.0 / sampleRate;
            }
            at += 8 + (int) size + (int) (size & 1);
        }
        throw new IOException("recording has no data chunk");
    }
}
