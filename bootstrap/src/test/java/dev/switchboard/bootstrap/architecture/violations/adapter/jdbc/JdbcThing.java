package dev.switchboard.bootstrap.architecture.violations.adapter.jdbc;

/** An adapter class others reach for. */
public class JdbcThing {
}
