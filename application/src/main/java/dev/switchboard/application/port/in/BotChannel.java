package dev.switchboard.application.port.in;

import java.util.Objects;

/**
 * A configured channel as the use cases need it: how replies travel and whether they are framed by typing
 * indicators. Its credentials and endpoint belong to the adapters that use them.
 */
public record BotChannel(String name, ReplyMode mode, boolean typingIndicators) {

    /** Synchronous channels get the reply in the response; asynchronous ones at their response endpoint. */
    public enum ReplyMode { SYNC, ASYNC }

    public BotChannel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
    }

    /** The webhook endpoint an asynchronous channel's replies are delivered to, by the outbox's naming. */
    public static String replyEndpoint(String channel) {
        return "bot-channel-" + channel;
    }
}
