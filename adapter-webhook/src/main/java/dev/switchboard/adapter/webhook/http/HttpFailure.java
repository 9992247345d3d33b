package dev.switchboard.adapter.webhook.http;

/**
 * An attempt that got no usable answer: no connection, a TLS failure, no answer in time, or an answer that is not
 * HTTP. The message says which in words an operator can act on; it never contains the URL (its query may hold a
 * credential).
 */
public final class HttpFailure extends Exception {

    public HttpFailure(String message) {
        super(message);
    }

    public HttpFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
