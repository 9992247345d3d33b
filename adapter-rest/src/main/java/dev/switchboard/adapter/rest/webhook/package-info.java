/** The webhook delivery API for operators: deliveries, their attempts, redelivery of dead letters (docs/webhooks.md). */
package dev.switchboard.adapter.rest.webhook;
