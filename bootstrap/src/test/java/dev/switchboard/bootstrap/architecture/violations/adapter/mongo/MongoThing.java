package dev.switchboard.bootstrap.architecture.violations.adapter.mongo;

/** An adapter class another adapter reaches for. */
public class MongoThing {
}
