/**
 * The webhook adapter: {@link dev.switchboard.adapter.webhook.WebhookBotReplies} implements the
 * {@code BotReplies} port by POSTing each reply, signed, to its asynchronous channel's {@code response-url}. Settings
 * ({@code switchboard.bot.channels.*}, {@code switchboard.webhook.*}) are checked when the service starts. The
 * behaviour is described in docs/webhooks.md.
 */
package dev.switchboard.adapter.webhook;
