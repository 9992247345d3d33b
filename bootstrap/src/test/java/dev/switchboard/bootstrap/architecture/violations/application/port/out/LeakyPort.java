package dev.switchboard.bootstrap.architecture.violations.application.port.out;

import dev.switchboard.bootstrap.architecture.violations.adapter.jdbc.JdbcThing;

/** Breaks the onion: the application knows an adapter. */
public interface LeakyPort {

    JdbcThing leak();
}
