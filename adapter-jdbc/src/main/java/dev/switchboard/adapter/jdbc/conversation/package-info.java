/**
 * The {@code Conversations} port on the {@code conversation} table. The row type and its mapper stay package-private
 * so that nothing outside this package can depend on how a conversation is laid out in SQL.
 */
package dev.switchboard.adapter.jdbc.conversation;
