package dev.switchboard.bootstrap.architecture.violations.elsewhere;

import dev.switchboard.bootstrap.architecture.violations.adapter.rest.RestThing;

/** Breaks "only bootstrap depends on adapters". */
public class Outsider {

    RestThing adapter;
}
