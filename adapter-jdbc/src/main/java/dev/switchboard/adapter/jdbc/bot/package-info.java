/**
 * The {@code BotSessions} port on the {@code bot_session} table: one row per session, its exchanges, context
 * variables and held messages as JSON text written by {@code json.FieldsJson}. The version column makes every update a
 * compare-and-set. Row and mapper stay package-private.
 */
package dev.switchboard.adapter.jdbc.bot;
