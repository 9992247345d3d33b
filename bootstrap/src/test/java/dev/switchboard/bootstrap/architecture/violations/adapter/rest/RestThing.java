package dev.switchboard.bootstrap.architecture.violations.adapter.rest;

import dev.switchboard.bootstrap.architecture.violations.application.port.in.SomeUseCase;
import dev.switchboard.bootstrap.architecture.violations.application.service.SomeService;

/** Breaks "adapters use the application through its ports": the port is fine, the service is not. */
public class RestThing {

    SomeUseCase port;
    SomeService service;
}
