package dev.switchboard.adapter.rest.request;

/**
 * The body is larger than the endpoint accepts, though within the server's own limit (which Micronaut enforces
 * before any controller runs): an endpoint whose requests are kept whole, like a bot session's recent exchanges,
 * caps them lower.
 */
public final class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long size, long limit) {
        super("The request body has " + size + " bytes; this endpoint accepts at most " + limit);
    }
}
