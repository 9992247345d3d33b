/**
 * The outbox dispatcher over the application's real dispatch service and in-memory outbox, delivering to a receiver
 * on 127.0.0.1: what its meters count and what its health indicator says.
 */
package dev.switchboard.adapter.webhook.outbox;
