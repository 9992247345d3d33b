package dev.switchboard.application.service;

import dev.switchboard.application.port.in.BotChannel;
import dev.switchboard.application.port.in.BotIntegrationUseCases;
import dev.switchboard.application.port.out.BotReplies;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookOutbox;
import dev.switchboard.domain.bot.AgentScript;
import dev.switchboard.domain.bot.VirtualAgent;
import java.util.List;

/** Builds the Bot Integration use cases from the driven ports, the agent's script and the configured channels. */
public final class BotIntegrationServices {

    private BotIntegrationServices() {
    }

    /** The voice slice's stores (interactions, conversations, messages) keep a copy of every bot conversation. */
    public static BotIntegrationUseCases wire(BotSessions sessions, BotReplies replies, Interactions interactions,
                                              Conversations conversations, TranscriptMessages messages,
                                              UnitOfWork unitOfWork, IdGenerator ids, Clock clock, AgentScript script,
                                              List<BotChannel> channels) {
        return wire(sessions, AsyncReplies.afterCommit(replies), WebhookEvents.none(), interactions, conversations,
                messages, unitOfWork, ids, clock, script, channels);
    }

    /**
     * Asynchronous channels' replies go through the store's outbox (durable, retried, inspectable), and so do the
     * bot events subscribed endpoints want (a handoff requested, a conversation ended).
     */
    public static BotIntegrationUseCases wire(BotSessions sessions, WebhookOutbox outbox, DeliveryWakeUp wakeUp,
                                              WebhookEvents events, Interactions interactions,
                                              Conversations conversations, TranscriptMessages messages,
                                              UnitOfWork unitOfWork, IdGenerator ids, Clock clock, AgentScript script,
                                              List<BotChannel> channels) {
        return wire(sessions, AsyncReplies.throughOutbox(outbox, wakeUp, ids, clock), events, interactions,
                conversations, messages, unitOfWork, ids, clock, script, channels);
    }

    private static BotIntegrationUseCases wire(BotSessions sessions, AsyncReplies replies, WebhookEvents events,
                                               Interactions interactions, Conversations conversations,
                                               TranscriptMessages messages, UnitOfWork unitOfWork, IdGenerator ids,
                                               Clock clock, AgentScript script, List<BotChannel> channels) {
        BotChannels configured = new BotChannels(channels);
        BotTranscript transcript = new BotTranscript(interactions,
                new TranscriptAppender(conversations, messages, ids, clock, WebhookEvents.none()), ids);
        return new BotIntegrationUseCases(
                new SendBotMessageService(sessions, replies, events, configured, new VirtualAgent(script), transcript,
                        unitOfWork, ids, clock),
                new LiveAgentService(sessions, replies, events, configured, transcript, unitOfWork, ids, clock));
    }
}
