package dev.switchboard.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: everything it stores becomes visible together, or, if it throws, none of it does.
 * Storage adapters implement it with their own transactions.
 */
public interface UnitOfWork {

    <T> T run(Supplier<T> work);
}
