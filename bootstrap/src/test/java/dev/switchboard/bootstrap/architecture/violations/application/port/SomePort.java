package dev.switchboard.bootstrap.architecture.violations.application.port;

import dev.switchboard.bootstrap.architecture.violations.adapter.jdbc.JdbcThing;

/** Breaks "application depends only on the domain" and "only bootstrap depends on adapters". */
public interface SomePort {

    JdbcThing leak();
}
