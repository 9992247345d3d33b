package dev.switchboard.adapter.mongo;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import dev.switchboard.application.port.out.StorageUnavailableException;

/**
 * Which of the driver's failures mean "the database cannot be used now": no server within the server selection
 * timeout, a connection refused, lost or not answering within the socket timeout, a replica set without a primary.
 * They become the ports' {@link StorageUnavailableException}; any other failure is a fault of ours and stays as it is.
 */
final class UnavailableMongo {

    private UnavailableMongo() {
    }

    static boolean isUnavailable(MongoException failure) {
        return failure instanceof MongoTimeoutException
                || failure instanceof MongoSocketException // also its read-timeout and open subclasses
                || failure instanceof MongoServerUnavailableException
                || failure instanceof MongoConnectionPoolClearedException
                || failure instanceof MongoNotPrimaryException
                || failure instanceof MongoNodeIsRecoveringException;
    }

    static RuntimeException translate(MongoException failure) {
        return isUnavailable(failure)
                ? new StorageUnavailableException("MongoDB cannot be used now: " + failure.getMessage(), failure)
                : failure;
    }
}
