package dev.switchboard.bootstrap.architecture.violations.adapter.rest;

import dev.switchboard.bootstrap.architecture.violations.adapter.jdbc.JdbcThing;
import dev.switchboard.bootstrap.architecture.violations.application.service.SomeService;

/** Breaks "adapters do not depend on each other" and "adapters use ports, not services". */
public class RestThing {

    JdbcThing otherAdapter;
    SomeService service;
}
