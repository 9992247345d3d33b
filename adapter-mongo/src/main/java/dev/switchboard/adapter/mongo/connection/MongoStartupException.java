package dev.switchboard.adapter.mongo.connection;

import io.micronaut.context.exceptions.BeanInstantiationException;

/**
 * Why MongoDB could not be opened at start, in one sentence that names the URI with its password masked. A
 * {@link BeanInstantiationException} without stack trace or cause, because Micronaut passes that type on unwrapped,
 * so the sentence alone becomes the message of the failed start (as in the JDBC adapter).
 */
public final class MongoStartupException extends BeanInstantiationException {

    MongoStartupException(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
