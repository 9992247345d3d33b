/** Outbound authentication: the headers, the token cache, and the token request against a real local server. */
package dev.switchboard.adapter.webhook.auth;
