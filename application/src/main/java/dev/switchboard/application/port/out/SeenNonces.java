package dev.switchboard.application.port.out;

import java.time.Instant;

/**
 * The nonces of admitted signed handshakes (Genesys' AudioHook), so that a captured request cannot be replayed. A
 * nonce needs remembering only as long as its signature could still be accepted: after that the signature is stale
 * anyway.
 */
public interface SeenNonces {

    /**
     * Remembers {@code nonce} until {@code forgetAt}.
     *
     * @return true the first time; false when it is remembered already (a replay)
     */
    boolean firstUse(String nonce, Instant forgetAt);
}
