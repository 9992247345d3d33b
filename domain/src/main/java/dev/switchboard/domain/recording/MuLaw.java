package dev.switchboard.domain.recording;

/**
 * The μ-law expansion of ITU-T G.711: one 8-bit code to a 16-bit linear sample. A code is sent inverted (all bits
 * flipped); then bit 7 is the sign, bits 6–4 the segment (exponent) and bits 3–0 the step within it. The magnitude is
 * {@code ((step << 3) + 0x84) << segment} minus the bias {@code 0x84}: so code {@code 0xFF} and {@code 0x7F} are
 * silence (0), {@code 0x80} is the loudest positive sample (32124) and {@code 0x00} the loudest negative (-32124).
 * Decoding is a table lookup, built once from that rule.
 */
public final class MuLaw {

    /** The code of silence (a linear 0) that a gap in a recording is filled with. */
    public static final byte SILENCE = (byte) 0xFF;

    private static final int BIAS = 0x84;
    private static final short[] TABLE = new short[256];

    static {
        for (int code = 0; code < 256; code++) {
            TABLE[code] = expand(code);
        }
    }

    private MuLaw() {
    }

    /** The linear sample of one μ-law code. */
    public static short decode(byte code) {
        return TABLE[code & 0xFF];
    }

    private static short expand(int code) {
        int inverted = ~code & 0xFF;
        int segment = (inverted >> 4) & 0x07;
        int step = inverted & 0x0F;
        int magnitude = (((step << 3) + BIAS) << segment) - BIAS;
        return (short) ((inverted & 0x80) != 0 ? -magnitude : magnitude);
    }
}
