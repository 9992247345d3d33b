package dev.switchboard.application.port.out;

/**
 * HMAC-SHA256 (RFC 2104), for the services that sign what they hand out instead of storing it (the bearer tokens of
 * Amazon Connect's call context). A port because the algorithm lives in {@code javax.crypto}, outside what the
 * application may depend on; every Java runtime has it, so the implementation is a few lines in the wiring.
 */
@FunctionalInterface
public interface HmacSha256 {

    /** The 32-byte MAC of {@code message} under {@code key}. */
    byte[] mac(byte[] key, byte[] message);
}
