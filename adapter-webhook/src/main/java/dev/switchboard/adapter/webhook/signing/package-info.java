/**
 * Standard Webhooks signing: the {@code whsec_} secret of a channel and the {@code v1,} signature it gives a message.
 * How a receiver checks it is in docs/webhooks.md, "Signing".
 */
package dev.switchboard.adapter.webhook.signing;
