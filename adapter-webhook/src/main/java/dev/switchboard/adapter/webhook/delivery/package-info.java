/**
 * Getting a message to its endpoint: a {@link dev.switchboard.adapter.webhook.delivery.Delivery} is what to send,
 * a {@link dev.switchboard.adapter.webhook.delivery.Sender} makes one attempt, and the
 * {@link dev.switchboard.adapter.webhook.delivery.OrderedDispatcher} keeps each session's deliveries in order and
 * retries them. This first version keeps everything in memory (docs/webhooks.md, "Later: durable delivery").
 */
package dev.switchboard.adapter.webhook.delivery;
