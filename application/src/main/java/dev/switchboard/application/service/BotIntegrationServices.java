package dev.switchboard.application.service;

import dev.switchboard.application.port.in.BotChannel;
import dev.switchboard.application.port.in.BotIntegrationUseCases;
import dev.switchboard.application.port.out.BotReplies;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.bot.AgentScript;
import dev.switchboard.domain.bot.VirtualAgent;
import java.util.List;

/** Builds the Bot Integration use cases from the driven ports, the agent's script and the configured channels. */
public final class BotIntegrationServices {

    private BotIntegrationServices() {
    }

    public static BotIntegrationUseCases wire(BotSessions sessions, BotReplies replies, UnitOfWork unitOfWork,
                                              IdGenerator ids, Clock clock, AgentScript script,
                                              List<BotChannel> channels) {
        BotChannels configured = new BotChannels(channels);
        return new BotIntegrationUseCases(
                new SendBotMessageService(sessions, replies, configured, new VirtualAgent(script), unitOfWork, ids,
                        clock),
                new LiveAgentService(sessions, replies, configured, unitOfWork, ids));
    }
}
