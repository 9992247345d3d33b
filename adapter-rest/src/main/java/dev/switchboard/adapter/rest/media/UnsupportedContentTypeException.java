package dev.switchboard.adapter.rest.media;

/** The request's Content-Type is not a media type at all, or names a charset this server cannot decode: a 415. */
public final class UnsupportedContentTypeException extends RuntimeException {

    public UnsupportedContentTypeException(String message) {
        super(message);
    }
}
