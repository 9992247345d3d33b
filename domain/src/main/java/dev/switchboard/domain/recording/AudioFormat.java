package dev.switchboard.domain.recording;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * How the bytes of a recording's chunks encode sound, by the name stores keep. Every format is decoded to 16-bit
 * linear PCM for the WAV file a reader gets.
 */
public enum AudioFormat {

    /** G.711 μ-law, 8 kHz, mono, one byte a sample: what Twilio Media Streams send. */
    MULAW_8K("mulaw-8000", 8000, 1),
    /**
     * G.711 μ-law (PCMU), 8 kHz, two channels interleaved sample by sample: what the Genesys Audio Connector sends
     * when it streams both parties of a call.
     */
    MULAW_8K_STEREO("mulaw-8000-stereo", 8000, 2);

    private final String wireName;
    private final int sampleRate;
    private final int channels;

    AudioFormat(String wireName, int sampleRate, int channels) {
        this.wireName = wireName;
        this.sampleRate = sampleRate;
        this.channels = channels;
    }

    public String wireName() {
        return wireName;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }

    /** Encoded bytes of one second of sound. */
    public int bytesPerSecond() {
        return sampleRate * channels;
    }

    /** How long {@code encodedBytes} of this format sound, to the millisecond (rounded down). */
    public Duration duration(long encodedBytes) {
        return Duration.ofMillis(encodedBytes * 1000 / bytesPerSecond());
    }

    /** The 16-bit linear samples of these encoded bytes, little-endian, as a WAV file holds them. */
    public byte[] toPcm16(byte[] encoded) {
        byte[] pcm = new byte[encoded.length * 2];
        for (int i = 0; i < encoded.length; i++) {
            short sample = MuLaw.decode(encoded[i]);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }

    public static Optional<AudioFormat> named(String wireName) {
        return Arrays.stream(values()).filter(format -> format.wireName.equals(wireName)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
