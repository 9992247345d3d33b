package dev.switchboard.application.service;

import dev.switchboard.application.port.in.MediaStreamUseCase.Track;
import dev.switchboard.domain.recording.MuLaw;
import java.util.Arrays;

/**
 * The two tracks of one call (the caller's, and what the caller hears), each streamed on its own in pieces of mono
 * μ-law at 8 kHz, as one stereo stream: the caller on the first channel, the other on the second, interleaved sample by
 * sample ({@code MULAW_8K_STEREO}). Each piece is placed at the sample its offset gives (8 samples a millisecond), so
 * the channels stay in step: a gap before a piece is filled with silence, at most {@link #MAX_GAP_SAMPLES} of it; a
 * piece that comes late (its place already taken, or already handed out) goes right after its track's previous one.
 *
 * <p>What both tracks have reached is handed out as it comes. A track that runs more than {@link #MAX_LEAD_SAMPLES}
 * ahead of the other (the other silent, or gone) is handed out anyway, with silence on the other channel, so that
 * what is held stays small. Not thread-safe: a stream's audio comes one piece at a time.
 */
final class TwoTrackAligner {

    static final int SAMPLES_PER_MILLI = 8;
    /** One second: how far one track may run ahead of the other before the other is taken as silent. */
    static final int MAX_LEAD_SAMPLES = 8000;
    /** Ten seconds: the most silence one piece's offset puts before it. */
    static final int MAX_GAP_SAMPLES = 80_000;

    private static final byte[] NONE = new byte[0];

    private final Samples[] tracks = {new Samples(), new Samples()};
    /** Sample pairs handed out so far: where the samples held on each track begin. */
    private long handedOut;

    /**
     * @param offsetMillis where in the call the piece begins
     * @return the stereo samples both tracks are now complete for (possibly none)
     */
    byte[] add(Track track, long offsetMillis, byte[] samples) {
        Samples held = tracks[track.ordinal()];
        long expected = handedOut + held.length;
        long at = offsetMillis >= Long.MAX_VALUE / SAMPLES_PER_MILLI ? Long.MAX_VALUE
                : Math.max(0, offsetMillis) * SAMPLES_PER_MILLI;
        held.silence((int) Math.min(Math.max(0, at - expected), MAX_GAP_SAMPLES));
        held.append(samples);
        int shorter = Math.min(tracks[0].length, tracks[1].length);
        int longer = Math.max(tracks[0].length, tracks[1].length);
        return take(Math.max(shorter, longer - MAX_LEAD_SAMPLES));
    }

    /** Everything held, the shorter track filled with silence: at the end of the call. */
    byte[] drain() {
        return take(Math.max(tracks[0].length, tracks[1].length));
    }

    private byte[] take(int pairs) {
        if (pairs == 0) {
            return NONE;
        }
        byte[] stereo = new byte[2 * pairs];
        for (int channel = 0; channel < 2; channel++) {
            Samples track = tracks[channel];
            for (int i = 0; i < pairs; i++) {
                stereo[2 * i + channel] = i < track.length ? track.bytes[i] : MuLaw.SILENCE;
            }
            track.dropFirst(Math.min(pairs, track.length));
        }
        handedOut += pairs;
        return stereo;
    }

    /** One track's samples not yet handed out. */
    private static final class Samples {

        private byte[] bytes = new byte[1024];
        private int length;

        void append(byte[] more) {
            ensure(more.length);
            System.arraycopy(more, 0, bytes, length, more.length);
            length += more.length;
        }

        void silence(int count) {
            ensure(count);
            Arrays.fill(bytes, length, length + count, MuLaw.SILENCE);
            length += count;
        }

        void dropFirst(int count) {
            System.arraycopy(bytes, count, bytes, 0, length - count);
            length -= count;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
            }
        }
    }
}
