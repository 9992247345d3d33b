package dev.switchboard.domain.recording;

import dev.switchboard.domain.shared.SysId;
import java.util.Arrays;
import java.util.Objects;

/**
 * A piece of a call's recording, stored as it arrives so that a call that ends abruptly keeps what it said.
 * Chunks of one interaction are read back in {@code sequence} order; a sequence is stored once.
 *
 * @param sequence from 0, one more for each chunk of the interaction
 * @param audio    encoded in {@code format}; at least one byte
 */
public record RecordingChunk(SysId interactionId, long sequence, AudioFormat format, byte[] audio) {

    /** A chunk holds at most a minute of 8 kHz μ-law: callers buffer about a second. */
    public static final int MAX_BYTES = 480_000;

    public RecordingChunk {
        Objects.requireNonNull(interactionId, "interactionId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(audio, "audio");
        if (sequence < 0) {
            throw new IllegalArgumentException("a negative sequence: " + sequence);
        }
        if (audio.length == 0 || audio.length > MAX_BYTES) {
            throw new IllegalArgumentException("a chunk holds 1 to " + MAX_BYTES + " bytes, was " + audio.length);
        }
        audio = audio.clone();
    }

    @Override
    public byte[] audio() {
        return audio.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordingChunk chunk && interactionId.equals(chunk.interactionId)
                && sequence == chunk.sequence && format == chunk.format && Arrays.equals(audio, chunk.audio);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interactionId, sequence, format, Arrays.hashCode(audio));
    }

    @Override
    public String toString() {
        return "RecordingChunk[" + interactionId + " #" + sequence + " " + format + " " + audio.length + " bytes]";
    }
}
