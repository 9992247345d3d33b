package dev.switchboard.adapter.webhook.delivery;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Makes {@code webhook-id} values: {@code msg_} and 26 characters of Crockford base32, the first 10 the time in
 * milliseconds, the other 16 random (80 bits). Ids of later messages sort later, which helps when reading logs; the
 * random part keeps them unique across instances.
 */
public final class MessageIds {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public MessageIds(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        StringBuilder id = new StringBuilder("msg_");
        appendBase32(id, clock.millis(), 10);
        appendBase32(id, random.nextLong(), 8);
        appendBase32(id, random.nextLong(), 8);
        return id.toString();
    }

    /** The low {@code 5 * digits} bits of {@code value}, most significant first. */
    private static void appendBase32(StringBuilder to, long value, int digits) {
        for (int digit = digits - 1; digit >= 0; digit--) {
            to.append(CROCKFORD[(int) (value >>> (5 * digit)) & 31]);
        }
    }
}
