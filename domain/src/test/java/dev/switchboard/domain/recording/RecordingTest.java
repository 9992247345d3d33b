package dev.switchboard.domain.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.SysId;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingTest {

    private static final SysId CALL = SysId.of("0123456789abcdef0123456789abcdef");

    @Test
    void theWavFileHasARiffHeaderFor16BitPcmAt8KhzMono() {
        byte[] wav = Recording.of(List.of(chunk(0, new byte[] {(byte) 0xFF, (byte) 0x80, 0x00}))).toWav();
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(ascii(wav, 0)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(wav.length - 8);
        assertThat(ascii(wav, 8)).isEqualTo("WAVE");
        assertThat(ascii(wav, 12)).isEqualTo("fmt ");
        assertThat(header.getInt(16)).isEqualTo(16);
        assertThat(header.getShort(20)).isEqualTo((short) 1); // PCM
        assertThat(header.getShort(22)).isEqualTo((short) 1); // mono
        assertThat(header.getInt(24)).isEqualTo(8000);
        assertThat(header.getInt(28)).isEqualTo(16000); // bytes per second
        assertThat(header.getShort(32)).isEqualTo((short) 2);
        assertThat(header.getShort(34)).isEqualTo((short) 16);
        assertThat(ascii(wav, 36)).isEqualTo("data");
        assertThat(header.getInt(40)).isEqualTo(6);
        assertThat(header.getShort(44)).isEqualTo((short) 0);
        assertThat(header.getShort(46)).isEqualTo((short) 32124);
        assertThat(header.getShort(48)).isEqualTo((short) -32124);
    }

    @Test
    void chunksAreJoinedInTheGivenOrderAndTheDurationFollowsTheBytes() {
        byte[] second = new byte[8000];
        Arrays.fill(second, (byte) 0xFF);
        Recording recording = Recording.of(List.of(chunk(0, second), chunk(1, new byte[4000])));

        assertThat(recording.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(recording.toWav()).hasSize(44 + 2 * 12000);
        assertThat(ByteBuffer.wrap(recording.toWav()).order(ByteOrder.LITTLE_ENDIAN).getShort(44 + 2 * 8000))
                .isEqualTo((short) -32124);
    }

    @Test
    void noChunksIsNoRecording() {
        assertThatThrownBy(() -> Recording.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUrlIsBelowThePublicUrlWithItsPrefix() {
        assertThat(Recording.url(URI.create("https://example.com/switchboard/"), CALL)).hasToString(
                "https://example.com/switchboard/api/now/v1/cs/voice-interactions/" + CALL.value() + "/recording");
    }

    @Test
    void aChunkKeepsItsOwnCopyOfTheBytes() {
        byte[] audio = {1, 2, 3};
        RecordingChunk chunk = chunk(0, audio);
        audio[0] = 9;
        chunk.audio()[1] = 9;

        assertThat(chunk.audio()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> chunk(0, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chunk(-1, audio)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RecordingChunk chunk(long sequence, byte[] audio) {
        return new RecordingChunk(CALL, sequence, AudioFormat.MULAW_8K, audio);
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
