/**
 * How a delivery authenticates to its endpoint besides the signature: the headers each kind of
 * {@link dev.switchboard.domain.event.OutboundAuth} adds, and the OAuth2 client-credentials tokens, fetched from the
 * endpoint owner's token URL and kept until shortly before they expire.
 */
package dev.switchboard.adapter.webhook.auth;
