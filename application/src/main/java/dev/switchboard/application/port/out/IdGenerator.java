package dev.switchboard.application.port.out;

import dev.switchboard.domain.shared.SysId;

/** Issues ids for new records. */
public interface IdGenerator {

    /** A new id, never handed out before, also when several threads ask at once. */
    SysId next();
}
