/**
 * The {@code TranscriptMessages} port on the {@code transcript_message} table. The row type and its mapper stay
 * package-private so that nothing outside this package can depend on how a message is laid out in SQL.
 */
package dev.switchboard.adapter.jdbc.message;
