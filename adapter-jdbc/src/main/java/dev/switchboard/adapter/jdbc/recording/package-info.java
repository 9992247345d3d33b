/**
 * The {@code CallRecordings} port on the {@code call_recording_chunk} table: one row per chunk of a call's audio,
 * keyed by the interaction and the chunk's number. Rows and repository stay package-private.
 */
package dev.switchboard.adapter.jdbc.recording;
