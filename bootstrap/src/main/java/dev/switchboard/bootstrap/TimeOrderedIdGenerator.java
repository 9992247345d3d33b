package dev.switchboard.bootstrap;

import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.domain.shared.SysId;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.LongSupplier;

/**
 * sys_ids that sort by the millisecond they were issued in: 48 bits of Unix time in milliseconds (12 hex
 * characters), then 80 random bits (20 hex characters).
 *
 * <p>Why time first: every id becomes a primary key, and a B-tree index takes random keys at random leaves. With
 * several hundred requests per second each new message then dirtied its own leaf of the primary-key index, so on
 * H2, which writes every changed page again at each commit, the index multiplied the bytes written per commit and,
 * once it outgrew the page cache, turned inserts into reads (measured: 1.5–1.7× the rows per second with the same
 * schema, docs/benchmarks.md, 2026-12-08). Time-ordered keys all arrive at the right-hand edge of the index, a few
 * leaves that stay in memory; PostgreSQL and MariaDB gain the same locality.
 *
 * <p>What it costs: an id now tells when its record was made, to the millisecond (the API shows those times
 * anyway). It still reveals nothing else, and ids never collide across instances sharing a database: within one
 * millisecond two instances would need the same 80 random bits. Ids are not secrets; nothing uses one as a
 * credential (generated secrets come from {@code RandomSource}).
 */
final class TimeOrderedIdGenerator implements IdGenerator {

    private static final HexFormat HEX = HexFormat.of();
    private static final long LARGEST_48_BIT = (1L << 48) - 1;

    private final SecureRandom random = new SecureRandom();
    private final LongSupplier epochMillis;

    TimeOrderedIdGenerator() {
        this(System::currentTimeMillis);
    }

    TimeOrderedIdGenerator(LongSupplier epochMillis) {
        this.epochMillis = epochMillis;
    }

    @Override
    public SysId next() {
        long millis = epochMillis.getAsLong();
        if (millis < 0 || millis > LARGEST_48_BIT) {
            throw new IllegalStateException("the clock is outside 1970–10889: " + millis + " ms");
        }
        byte[] randomPart = new byte[10];
        random.nextBytes(randomPart);
        return SysId.of(HEX.toHexDigits(millis).substring(4) + HEX.formatHex(randomPart));
    }
}
