/**
 * Events to subscribed endpoints through the outbox (issue 10): the endpoints from configuration, the sender that
 * makes one signed attempt, and the dispatcher loop that claims due deliveries and attempts them on a bounded pool.
 * Durability, order and retries are the application's {@code DispatchWebhooksService} over the store's outbox; this
 * package only moves bytes, and tells operators how that goes (meters, the {@code webhookDispatcher} health indicator).
 * See docs/webhooks.md, "Events" and "Metrics and health".
 */
package dev.switchboard.adapter.webhook.outbox;
