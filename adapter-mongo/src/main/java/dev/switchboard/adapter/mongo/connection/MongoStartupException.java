package dev.switchboard.adapter.mongo.connection;

import io.micronaut.context.exceptions.BeanInstantiationException;

/**
 * Why MongoDB could not be opened at start, in one sentence that names the URI with its password masked.
 *
 * <p>A {@link BeanInstantiationException}, because Micronaut passes that type on unwrapped while it creates beans, so
 * the sentence becomes the message of the failed start instead of a paragraph listing the beans being created. It
 * has no stack trace and no cause: the sentence says what and where, and the driver's exception (logged at DEBUG)
 * adds nothing for someone starting the service. The JDBC adapter reports its database the same way.
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
