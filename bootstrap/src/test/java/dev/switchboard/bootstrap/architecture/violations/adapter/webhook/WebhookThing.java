package dev.switchboard.bootstrap.architecture.violations.adapter.webhook;

import dev.switchboard.bootstrap.architecture.violations.adapter.mongo.MongoThing;

/** Breaks the onion: one adapter knows another (neither named in any rule, both found by package). */
public class WebhookThing {

    MongoThing otherAdapter;
}
