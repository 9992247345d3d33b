/**
 * The {@code VoiceAssistants} port on the {@code voice_assistant} table: one row per assistant, its channels as the
 * plain and the sealed text the service hands over, a version column that makes every update a compare-and-set.
 * Rows, mapper and repository stay package-private, as for the webhook endpoints.
 */
package dev.switchboard.adapter.jdbc.assistant;
