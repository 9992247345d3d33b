/**
 * What Switchboard tells the outside world: {@link dev.switchboard.domain.event.Event}s (interaction opened, messages
 * added, a bot's reply …) as versioned documents, delivered to subscribed endpoints through the outbox. See
 * docs/webhooks.md.
 */
package dev.switchboard.domain.event;
