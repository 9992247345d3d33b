package dev.switchboard.bootstrap.architecture.violations.application.service;

import dev.switchboard.bootstrap.architecture.violations.application.port.in.SomeUseCase;

/** A service adapters must not call directly. */
public class SomeService implements SomeUseCase {

    @Override
    public void run() {
    }
}
