package dev.switchboard.bootstrap.architecture.violations.adapter.jdbc;

/** An adapter class the application reaches for. */
public class JdbcThing {
}
