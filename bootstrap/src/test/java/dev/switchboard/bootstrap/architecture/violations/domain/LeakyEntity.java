package dev.switchboard.bootstrap.architecture.violations.domain;

import dev.switchboard.bootstrap.architecture.violations.application.port.in.SomeUseCase;

/** Breaks the onion: the domain knows the application. */
public class LeakyEntity {

    SomeUseCase useCase;
}
