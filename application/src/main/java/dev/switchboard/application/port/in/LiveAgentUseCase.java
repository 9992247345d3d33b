package dev.switchboard.application.port.in;

import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The human side of a handoff: live agents see the conversations waiting in their queues, accept one, write to the
 * user and end the chat. A message goes to the primary bot as a reply with agentInfo: pushed at once on an
 * asynchronous channel, held for the next exchange on a synchronous one.
 */
public interface LiveAgentUseCase {

    /** Conversations waiting for a live agent, longest waiting first. */
    List<BotSession> waiting(Optional<String> queue, int limit);

    /** @throws dev.switchboard.domain.bot.BotSessionNotFoundException if there is no such conversation */
    BotSession conversation(SysId conversation);

    /**
     * @throws dev.switchboard.domain.bot.BotSessionNotFoundException if there is no such conversation
     * @throws dev.switchboard.domain.bot.BotSessionStateException if it is not waiting for an agent
     */
    BotSession accept(SysId conversation, Agent agent);

    /**
     * @throws dev.switchboard.domain.bot.BotSessionNotFoundException if there is no such conversation
     * @throws dev.switchboard.domain.bot.BotSessionStateException if no live agent is connected to it
     */
    void send(SysId conversation, Agent agent, String text);

    /**
     * @throws dev.switchboard.domain.bot.BotSessionNotFoundException if there is no such conversation
     * @throws dev.switchboard.domain.bot.BotSessionStateException if no live agent is connected to it
     */
    void end(SysId conversation, Agent agent);

    /** The agent as the user sees them: their display name, and an avatar URL if they have one. */
    record Agent(String name, String avatar) {
        public Agent {
            Objects.requireNonNull(name, "name");
        }
    }
}
