package dev.switchboard.adapter.rest.request;

import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.SysId;

/** Reads an interaction id from a request: a value that is not a sys_id cannot name an interaction. */
public final class InteractionIds {

    private InteractionIds() {
    }

    /** @throws InteractionNotFoundException when {@code raw} is not a sys_id, as for an unknown one */
    public static SysId parse(String raw) {
        if (!SysId.isWellFormed(raw)) {
            throw new InteractionNotFoundException(raw);
        }
        return SysId.of(raw);
    }
}
