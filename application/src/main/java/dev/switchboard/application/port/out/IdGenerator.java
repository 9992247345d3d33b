package dev.switchboard.application.port.out;

import dev.switchboard.domain.shared.SysId;

/** Issues ids for new records. */
public interface IdGenerator {

    SysId next();
}
