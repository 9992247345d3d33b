package dev.switchboard.bench.floor;

import dev.switchboard.bench.load.ScriptedMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The values the service derives for a stored message, computed the same way, so that the floors write rows and
 * documents of the same shape and size as the service does.
 */
final class StoredValues {

    private StoredValues() {
    }

    /**
     * A sys_id as the service issues them since 2026-12-08 (TimeOrderedIdGenerator): the millisecond in 12 hex digits,
     * then 80 random bits in 20.
     */
    static String sysId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%012x%04x%016x", System.currentTimeMillis(), random.nextInt(1 << 16), random.nextLong());
    }

    /** Utterance.deduplicationKey(): SHA-256 over the length-prefixed source id, offsets, participant, content. */
    static String deduplicationKey(ScriptedMessage message) {
        StringBuilder identity = new StringBuilder();
        for (String field : new String[] {message.sourceId(), Long.toString(message.beginOffsetMillis()),
                Long.toString(message.endOffsetMillis()), message.participant(), message.content()}) {
            identity.append(field.length()).append(':').append(field);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
