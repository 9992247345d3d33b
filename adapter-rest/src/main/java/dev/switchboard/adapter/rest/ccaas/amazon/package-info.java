/**
 * Amazon Connect's call context (docs/channels.md, issue 11): the OAuth2 client-credentials token endpoint of a voice
 * assistant's Amazon Connect channel, and the call-context POST that opens the call's voice interaction. The
 * providers' side of the generated URLs: authenticated by the channel's generated client, never by a user's login.
 */
package dev.switchboard.adapter.rest.ccaas.amazon;
