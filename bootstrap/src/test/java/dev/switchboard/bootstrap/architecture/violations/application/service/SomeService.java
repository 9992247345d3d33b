package dev.switchboard.bootstrap.architecture.violations.application.service;

/** A service adapters must not call directly. */
public class SomeService {

    public java.sql.Connection connection() {
        return null; // breaks "no framework types": JDBC in the application layer
    }
}
