/**
 * The {@code Interactions} port on the {@code interaction} table. The row type and its mapper stay package-private
 * so that nothing outside this package can depend on how an interaction is laid out in SQL.
 */
package dev.switchboard.adapter.jdbc.interaction;
