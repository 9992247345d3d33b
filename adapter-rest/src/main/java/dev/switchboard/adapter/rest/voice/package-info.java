/**
 * The Voice Interaction endpoints: the vendor's five write operations under
 * {@code /api/now/{api_version}/cs/voice-interactions} and the unversioned {@code /api/now/cs/voice-interactions},
 * and Switchboard's two read extensions. Controllers read bodies as text and hand them to
 * {@link dev.switchboard.adapter.rest.request.RequestReader}, so malformed input gets our 400 and the vendor's
 * documented quirks are accepted; the response records here are the wire format (JSON and XML).
 */
package dev.switchboard.adapter.rest.voice;
