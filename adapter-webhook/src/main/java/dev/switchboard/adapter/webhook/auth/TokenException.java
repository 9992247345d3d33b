package dev.switchboard.adapter.webhook.auth;

/** No OAuth2 token could be had: the attempt fails (and is retried) with this message as its answer. */
public final class TokenException extends RuntimeException {

    public TokenException(String message) {
        super(message);
    }
}
