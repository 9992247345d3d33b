/**
 * Turns request bodies (JSON or XML text) into use-case commands. Parsing is done by hand, field by field,
 * rather than by data binding, because the vendor's documented requests must be accepted as printed
 * (booleans and numbers as strings, {@code "loudnessScore":"null,null"}, a capitalised {@code Sentiment},
 * a trailing comma) while strict mode must reject each of those quirks with an error naming the field.
 * Used by the REST controllers and the VoiceTranscriptObject facade alike. Hostile input stops here too: the
 * {@link dev.switchboard.adapter.rest.request.InputLimits}, the XML character policy and parser errors in our own
 * words are described in docs/security.md.
 */
package dev.switchboard.adapter.rest.request;
