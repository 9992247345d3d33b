package dev.switchboard.application.port.out;

import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.SessionKey;

/**
 * Sends replies to an asynchronous channel's response endpoint. {@link #deliver} returns at once; replies for one
 * session arrive in the order they were handed over. Call it only after the reply's exchange is stored: a delivery
 * cannot be taken back.
 */
public interface BotReplies {

    /**
     * Queues the reply for the channel named in {@code session}.
     *
     * @throws IllegalArgumentException if the channel has no response endpoint (it is not an asynchronous channel)
     */
    void deliver(SessionKey session, BotReply reply);
}
