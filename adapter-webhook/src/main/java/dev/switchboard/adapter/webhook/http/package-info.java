/**
 * A small HTTP/1.1 client that connects to the address it is given, not to a name it looks up itself: the address
 * the destination guard approved, so that DNS cannot answer differently between the check and the connection
 * (docs/webhooks.md, "Where replies may go"). One POST per connection, no redirects, the answer read only as far
 * as an operator needs it.
 */
package dev.switchboard.adapter.webhook.http;
