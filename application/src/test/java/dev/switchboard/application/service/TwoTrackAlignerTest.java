package dev.switchboard.application.service;

import static dev.switchboard.application.port.in.MediaStreamUseCase.Track.INBOUND;
import static dev.switchboard.application.port.in.MediaStreamUseCase.Track.OUTBOUND;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.recording.MuLaw;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Two tracks of 20 ms pieces (160 samples) into one stereo stream, kept in step by their offsets. */
class TwoTrackAlignerTest {

    private static final int PIECE = 160;
    private static final byte CALLER = (byte) 0x80;
    private static final byte HEARD = (byte) 0x00;

    private final TwoTrackAligner aligner = new TwoTrackAligner();
    private final ByteArrayOutputStream stereo = new ByteArrayOutputStream();

    @Test
    void tracksInStepAreInterleavedAsBothArrive() {
        assertThat(aligner.add(INBOUND, 0, piece(CALLER))).as("the other track has not come yet").isEmpty();
        byte[] both = aligner.add(OUTBOUND, 0, piece(HEARD));

        assertThat(both).hasSize(2 * PIECE);
        for (int i = 0; i < PIECE; i++) {
            assertThat(both[2 * i]).isEqualTo(CALLER);
            assertThat(both[2 * i + 1]).isEqualTo(HEARD);
        }
        assertThat(aligner.drain()).isEmpty();
    }

    @Test
    void aGapInATrackIsSilenceAndTheTracksStayInStep() {
        for (int n = 0; n < 10; n++) {
            keep(aligner.add(INBOUND, n * 20L, piece(CALLER)));
            if (n != 3 && n != 4) { // 40 ms of the outbound track never came
                keep(aligner.add(OUTBOUND, n * 20L, piece(HEARD)));
            }
        }
        keep(aligner.drain());

        byte[] all = stereo.toByteArray();
        assertThat(all).hasSize(2 * 10 * PIECE);
        for (int sample = 0; sample < 10 * PIECE; sample++) {
            assertThat(all[2 * sample]).isEqualTo(CALLER);
            boolean inGap = sample >= 3 * PIECE && sample < 5 * PIECE;
            assertThat(all[2 * sample + 1]).as("sample %d of the second channel", sample)
                    .isEqualTo(inGap ? MuLaw.SILENCE : HEARD);
        }
    }

    @Test
    void aTrackThatRunsASecondAheadIsHandedOutWithSilenceOnTheOther() {
        for (int n = 0; n < 100; n++) { // 2 s of the caller, nothing of the other side
            keep(aligner.add(INBOUND, n * 20L, piece(CALLER)));
        }

        assertThat(stereo.size()).as("all but the last second, handed out as it came")
                .isEqualTo(2 * (100 * PIECE - TwoTrackAligner.MAX_LEAD_SAMPLES));
        // the other side starts now, at 2 s: it follows what was handed out, the caller's last second beside it
        keep(aligner.add(OUTBOUND, 2000, piece(HEARD)));
        keep(aligner.drain());
        byte[] all = stereo.toByteArray();
        assertThat(all).hasSize(2 * 100 * PIECE + 2 * PIECE);
        assertThat(all[2 * (100 * PIECE - TwoTrackAligner.MAX_LEAD_SAMPLES) - 1]).isEqualTo(MuLaw.SILENCE);
        assertThat(all[2 * 100 * PIECE + 1]).as("the other side at 2 s").isEqualTo(HEARD);
        assertThat(all[2 * 100 * PIECE]).as("the caller has nothing there").isEqualTo(MuLaw.SILENCE);
    }

    @Test
    void aLatePieceFollowsItsTrackAndAJumpAheadIsFilledWithTenSecondsAtMost() {
        keep(aligner.add(INBOUND, 0, piece(CALLER)));
        keep(aligner.add(INBOUND, 0, piece(CALLER))); // a repeated timestamp: after the first piece, not over it
        keep(aligner.add(OUTBOUND, Long.MAX_VALUE, piece(HEARD)));
        keep(aligner.drain());

        assertThat(stereo.size()).isEqualTo(2 * (TwoTrackAligner.MAX_GAP_SAMPLES + PIECE));
        byte[] all = stereo.toByteArray();
        assertThat(all[2 * (2 * PIECE - 1)]).as("the second caller piece").isEqualTo(CALLER);
        assertThat(all[2 * TwoTrackAligner.MAX_GAP_SAMPLES + 1]).isEqualTo(HEARD);
    }

    private void keep(byte[] handedOut) {
        assertThat(handedOut.length % 2).as("whole sample pairs").isZero();
        stereo.writeBytes(handedOut);
    }

    private static byte[] piece(byte code) {
        byte[] piece = new byte[PIECE];
        Arrays.fill(piece, code);
        return piece;
    }
}
