package dev.switchboard.application.service;

import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;

/** Reads an interaction id from a request: a value that is not a sys_id cannot name an interaction. */
final class InteractionIds {

    private InteractionIds() {
    }

    static SysId parse(String raw) {
        if (!SysId.isWellFormed(raw)) {
            throw new InteractionNotFoundException(raw);
        }
        return SysId.of(raw);
    }
}
