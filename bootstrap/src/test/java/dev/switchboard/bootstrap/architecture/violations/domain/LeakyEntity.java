package dev.switchboard.bootstrap.architecture.violations.domain;

import dev.switchboard.bootstrap.architecture.violations.application.port.SomePort;

/** Breaks "domain depends only on itself" (it knows the application) and "no framework types" (Micronaut). */
public class LeakyEntity {

    @io.micronaut.core.annotation.Introspected
    static class Annotated {
    }

    SomePort port;
}
