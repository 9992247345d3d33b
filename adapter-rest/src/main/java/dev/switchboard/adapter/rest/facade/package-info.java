/**
 * The VoiceTranscriptObject facade: the scripted twin of the Voice Interaction REST API, for callers that
 * invoke Switchboard in-process the way a ServiceNow script calls {@code sn_cs.VoiceTranscriptObject}.
 * It reads the same JSON bodies with the same {@link dev.switchboard.adapter.rest.request.RequestReader} and
 * calls the same use cases as the REST controllers; only the results differ: the plain strings the vendor
 * documents for its scriptable API instead of HTTP responses, and failures as strings, never as exceptions.
 */
package dev.switchboard.adapter.rest.facade;
