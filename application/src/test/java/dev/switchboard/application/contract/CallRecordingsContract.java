package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.recording.Recording;
import dev.switchboard.domain.recording.RecordingChunk;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link CallRecordings} must do. Each test records interactions of its own (random
 * ids, no interaction row needed: a recording is appended while its interaction may still be in another store's
 * unit), and deletes them afterwards, as the stores are shared with other test runs.
 */
public abstract class CallRecordingsContract {

    private final List<SysId> made = new ArrayList<>();

    protected abstract CallRecordings recordings();

    @Test
    void chunksAreReadBackInSequenceOrderWithEveryByte() {
        SysId call = newCall();
        byte[] first = bytes(8000, 1);
        byte[] second = bytes(8000, 2);
        byte[] last = bytes(160, 3);

        recordings().append(chunk(call, 1, second));
        recordings().append(chunk(call, 0, first));
        recordings().append(chunk(call, 2, last));

        assertThat(recordings().chunks(call)).containsExactly(chunk(call, 0, first), chunk(call, 1, second),
                chunk(call, 2, last));
        assertThat(Recording.of(recordings().chunks(call)).duration()).isEqualTo(Duration.ofMillis(2020));
    }

    @Test
    void everyByteValueSurvives() {
        SysId call = newCall();
        byte[] all = new byte[256 * 4];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }

        recordings().append(chunk(call, 0, all));

        assertThat(recordings().chunks(call).get(0).audio()).isEqualTo(all);
    }

    @Test
    void aLargeChunkIsKept() {
        SysId call = newCall();
        byte[] minute = bytes(RecordingChunk.MAX_BYTES, 7);

        recordings().append(chunk(call, 0, minute));

        assertThat(recordings().chunks(call).get(0).audio()).isEqualTo(minute);
    }

    @Test
    void aSequenceIsStoredOnce() {
        SysId call = newCall();
        recordings().append(chunk(call, 0, bytes(10, 1)));

        assertThatThrownBy(() -> recordings().append(chunk(call, 0, bytes(10, 2))))
                .isInstanceOf(DuplicateRecordException.class);
        assertThat(recordings().chunks(call)).containsExactly(chunk(call, 0, bytes(10, 1)));
    }

    @Test
    void recordingsOfTwoCallsStayApart() {
        SysId one = newCall();
        SysId other = newCall();

        recordings().append(chunk(one, 0, bytes(10, 1)));
        recordings().append(chunk(other, 0, bytes(20, 2)));

        assertThat(recordings().chunks(one)).containsExactly(chunk(one, 0, bytes(10, 1)));
        assertThat(recordings().chunks(other)).containsExactly(chunk(other, 0, bytes(20, 2)));
    }

    @Test
    void aCallWithoutRecordingHasNoChunks() {
        assertThat(recordings().chunks(newCall())).isEmpty();
        assertThat(recordings().delete(newCall())).isFalse();
    }

    @Test
    void deletingRemovesEveryChunkOfTheCallOnly() {
        SysId gone = newCall();
        SysId kept = newCall();
        recordings().append(chunk(gone, 0, bytes(10, 1)));
        recordings().append(chunk(gone, 1, bytes(10, 2)));
        recordings().append(chunk(kept, 0, bytes(10, 3)));

        assertThat(recordings().delete(gone)).isTrue();

        assertThat(recordings().chunks(gone)).isEmpty();
        assertThat(recordings().chunks(kept)).hasSize(1);
        assertThat(recordings().delete(gone)).isFalse();
    }

    @AfterEach
    void deleteTheRecordingsMade() {
        made.forEach(recordings()::delete);
    }

    private SysId newCall() {
        SysId id = SysId.of(UUID.randomUUID().toString().replace("-", ""));
        made.add(id);
        return id;
    }

    private static RecordingChunk chunk(SysId call, long sequence, byte[] audio) {
        return new RecordingChunk(call, sequence, AudioFormat.MULAW_8K, audio);
    }

    private static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
