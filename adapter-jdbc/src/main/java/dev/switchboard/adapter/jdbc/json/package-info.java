/**
 * {@code FieldsJson}: the JSON text that this adapter keeps {@code Fields} trees in (a bot session's exchanges, a
 * webhook delivery's payload). Shared by the port packages, so it depends on none of them.
 */
package dev.switchboard.adapter.jdbc.json;
