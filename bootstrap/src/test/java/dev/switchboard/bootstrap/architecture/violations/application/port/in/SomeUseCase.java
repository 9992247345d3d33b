package dev.switchboard.bootstrap.architecture.violations.application.port.in;

/** A driving port: what adapters may call. */
public interface SomeUseCase {

    void run();
}
