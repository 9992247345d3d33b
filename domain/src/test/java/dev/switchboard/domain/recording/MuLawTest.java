package dev.switchboard.domain.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known values of G.711 μ-law expansion, as the reference table (ITU-T G.711, the {@code ulaw2linear} table of the
 * Sun/CCITT sample code) lists them.
 */
class MuLawTest {

    @ParameterizedTest(name = "0x{0} -> {1}")
    @CsvSource({
            "00, -32124", "01, -31100", "0F, -16764", "10, -15996", "20, -7932", "30, -3900", "40, -1884",
            "50, -876", "60, -372", "70, -120", "7E, -8", "7F, 0",
            "80, 32124", "8F, 16764", "A0, 7932", "C0, 1884", "F0, 120", "FE, 8", "FF, 0"})
    void decodesTheReferenceValues(String code, short linear) {
        assertThat(MuLaw.decode((byte) Integer.parseInt(code, 16))).isEqualTo(linear);
    }

    @Test
    void theSilenceCodeDecodesToZero() {
        assertThat(MuLaw.decode(MuLaw.SILENCE)).isZero();
    }

    @Test
    void positiveAndNegativeCodesMirrorEachOther() {
        for (int code = 0; code < 128; code++) {
            assertThat(MuLaw.decode((byte) code)).isEqualTo((short) -MuLaw.decode((byte) (code | 0x80)));
        }
    }

    @Test
    void magnitudesGrowMonotonicallyTowardsTheLoudestCode() {
        for (int code = 0x81; code <= 0xFF; code++) {
            assertThat(MuLaw.decode((byte) code)).isLessThan(MuLaw.decode((byte) (code - 1)));
        }
    }
}
