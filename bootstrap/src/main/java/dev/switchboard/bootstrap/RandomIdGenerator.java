package dev.switchboard.bootstrap;

import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.domain.shared.SysId;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * sys_ids from 128 random bits. Random rather than sequential so that ids reveal nothing and never collide
 * across the many instances that may share one database.
 */
final class RandomIdGenerator implements IdGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public SysId next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return SysId.of(HexFormat.of().formatHex(bytes));
    }
}
