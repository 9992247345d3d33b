/**
 * The Virtual Agent Bot Integration slice: a {@link dev.switchboard.domain.bot.BotSession} per conversation with a
 * primary bot or chat client, the {@link dev.switchboard.domain.bot.VirtualAgent} that answers it from topics and
 * contextual actions held as data, and the reply elements the vendor's body table allows. See docs/bot-integration.md.
 */
package dev.switchboard.domain.bot;
