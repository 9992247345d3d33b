package dev.switchboard.domain.recording;

import dev.switchboard.domain.shared.SysId;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A call's recording: its chunks joined in sequence order, served as a WAV file (RIFF, 16-bit linear PCM at the
 * format's rate), which every player and speech tool reads without knowing μ-law.
 */
public final class Recording {

    /** Where the REST adapter serves a recording, below the public URL; the interaction's recordingURL points there. */
    public static final String PATH = "/api/now/v1/cs/voice-interactions/%s/recording";

    private static final int WAV_HEADER_BYTES = 44;
    private static final short PCM = 1;
    private static final short BITS_PER_SAMPLE = 16;

    private final AudioFormat format;
    private final byte[] encoded;

    private Recording(AudioFormat format, byte[] encoded) {
        this.format = format;
        this.encoded = encoded;
    }

    /**
     * @param chunks one interaction's, in sequence order; at least one
     * @throws IllegalArgumentException when they mix formats
     */
    public static Recording of(List<RecordingChunk> chunks) {
        if (chunks.isEmpty()) {
            throw new IllegalArgumentException("a recording has at least one chunk");
        }
        AudioFormat format = chunks.get(0).format();
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (RecordingChunk chunk : chunks) {
            if (chunk.format() != format) {
                throw new IllegalArgumentException("a recording mixes " + format + " and " + chunk.format());
            }
            joined.writeBytes(chunk.audio());
        }
        return new Recording(format, joined.toByteArray());
    }

    /** The URL a recording is served at: {@link #PATH} below {@code publicUrl}, whose own path prefix is kept. */
    public static URI url(URI publicUrl, SysId interactionId) {
        Objects.requireNonNull(interactionId, "interactionId");
        return URI.create(publicUrl.toString().replaceAll("/+$", "") + PATH.formatted(interactionId.value()));
    }

    public AudioFormat format() {
        return format;
    }

    public Duration duration() {
        return format.duration(encoded.length);
    }

    /** The whole recording as a WAV file: the 44-byte RIFF header, then the decoded samples. */
    public byte[] toWav() {
        byte[] pcm = format.toPcm16(encoded);
        int blockAlign = format.channels() * BITS_PER_SAMPLE / 8;
        ByteBuffer wav = ByteBuffer.allocate(WAV_HEADER_BYTES + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + pcm.length).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(16).putShort(PCM).putShort((short) format.channels())
                .putInt(format.sampleRate()).putInt(format.sampleRate() * blockAlign).putShort((short) blockAlign)
                .putShort(BITS_PER_SAMPLE);
        wav.put(ascii("data")).putInt(pcm.length).put(pcm);
        return wav.array();
    }

    private static byte[] ascii(String tag) {
        return tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
