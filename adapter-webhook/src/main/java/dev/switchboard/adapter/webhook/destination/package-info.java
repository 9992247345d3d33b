/**
 * The SSRF guard: a reply is never sent to an address inside the operator's network (loopback, private, link-local,
 * carrier-grade NAT, multicast) unless {@code switchboard.webhook.allowed-hosts} names it. See docs/webhooks.md,
 * "Where replies may go".
 */
package dev.switchboard.adapter.webhook.destination;
