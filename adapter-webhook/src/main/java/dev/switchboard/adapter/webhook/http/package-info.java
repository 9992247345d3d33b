/**
 * A small HTTP/1.1 client that connects to the address it is given, not to a name it looks up itself: the address
 * the destination guard approved, so that DNS cannot answer differently between the check and the connection
 * (docs/webhooks.md, "Where replies may go"). Connections are kept open for the next POST to the same scheme, host,
 * port and address, and only after an answer read to its end; no redirects; of a body, only its start is kept.
 */
package dev.switchboard.adapter.webhook.http;
