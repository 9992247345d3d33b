package dev.switchboard.domain.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One try at a delivery.
 *
 * @param status   the endpoint's HTTP status, or 0 when there was no answer (refused, timed out, unreachable)
 * @param response the start of the endpoint's answer (at most {@link #RESPONSE_EXCERPT} characters, cut between
 *                 characters, never inside one) or what went wrong without one; for an operator reading the delivery
 *                 API. Characters no store can keep (NUL, lone surrogates) become U+FFFD: the answer is the
 *                 endpoint's, anything at all, and must not stop its attempt from being recorded
 */
public record Attempt(int number, Instant at, int status, long latencyMillis, String response) {

    public static final int RESPONSE_EXCERPT = 1024;

    public Attempt {
        Objects.requireNonNull(at, "at");
        response = storable(response == null ? "" : response);
    }

    private static String storable(String text) {
        StringBuilder kept = new StringBuilder(Math.min(text.length(), RESPONSE_EXCERPT));
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (kept.length() + width > RESPONSE_EXCERPT) {
                break;
            }
            boolean control = codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
            boolean loneSurrogate = Character.isSurrogate((char) codePoint) && width == 1;
            kept.appendCodePoint(control || loneSurrogate || codePoint == 0xFFFE || codePoint == 0xFFFF
                    ? 0xFFFD : codePoint);
            i += width;
        }
        return kept.toString();
    }

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
