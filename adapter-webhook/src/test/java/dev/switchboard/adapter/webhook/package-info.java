/**
 * The adapter end to end against a real HTTP {@link dev.switchboard.adapter.webhook.Receiver} on 127.0.0.1 that
 * checks signatures with its own code; and the settings as Micronaut binds them.
 */
package dev.switchboard.adapter.webhook;
