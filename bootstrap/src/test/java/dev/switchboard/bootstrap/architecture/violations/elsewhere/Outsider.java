package dev.switchboard.bootstrap.architecture.violations.elsewhere;

import dev.switchboard.bootstrap.architecture.violations.adapter.rest.RestThing;

/** Breaks the onion: a class outside bootstrap knows an adapter. */
public class Outsider {

    RestThing adapter;
}
