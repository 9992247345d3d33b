package dev.switchboard.bootstrap.architecture.violations.bootstrap;

import dev.switchboard.bootstrap.architecture.violations.adapter.jdbc.JdbcThing;
import dev.switchboard.bootstrap.architecture.violations.adapter.mongo.MongoThing;
import dev.switchboard.bootstrap.architecture.violations.adapter.rest.RestThing;
import dev.switchboard.bootstrap.architecture.violations.adapter.webhook.WebhookThing;
import dev.switchboard.bootstrap.architecture.violations.application.service.SomeService;
import dev.switchboard.bootstrap.architecture.violations.domain.LeakyEntity;

/** Breaks nothing: bootstrap may know every layer and every adapter, and no rule may report it. */
public class Wiring {

    LeakyEntity entity;
    SomeService service;
    RestThing rest;
    JdbcThing jdbc;
    MongoThing mongo;
    WebhookThing webhook;
}
