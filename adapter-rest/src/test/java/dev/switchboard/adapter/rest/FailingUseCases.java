package dev.switchboard.adapter.rest;

import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.StorageUnavailableException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * Use cases that all fail, for the tests of how failures are reported. {@link #throwing} builds them by hand; with
 * {@value #PROPERTY} set to {@code fault} or {@code unavailable}, a REST test gets them in place of the in-memory ones.
 */
@Factory
@Requires(property = FailingUseCases.PROPERTY)
public class FailingUseCases {

    public static final String PROPERTY = "test.failing-use-cases";
    /** A bug deep in a driver, say, whose message carries internals the client must not see. */
    public static final String FAULT = "SQLState 08001: password authentication failed for user switchboard";
    /** The store cannot be used, as an adapter words it: the host in it is for the log only. */
    public static final String OUTAGE = "The database cannot be used now: Connection to db-7.internal:5432 refused";

    @Singleton
    @Replaces(VoiceInteractionUseCases.class)
    VoiceInteractionUseCases failing(@Property(name = PROPERTY) String kind) {
        return throwing(kind.equals("unavailable")
                ? () -> new StorageUnavailableException(OUTAGE)
                : () -> new IllegalStateException(FAULT));
    }

    public static VoiceInteractionUseCases throwing(Supplier<? extends RuntimeException> failure) {
        return new VoiceInteractionUseCases(command -> fail(failure), command -> fail(failure),
                command -> fail(failure), command -> fail(failure), command -> fail(failure), id -> fail(failure),
                (id, page) -> fail(failure));
    }

    private static <T> T fail(Supplier<? extends RuntimeException> failure) {
        throw failure.get();
    }
}
