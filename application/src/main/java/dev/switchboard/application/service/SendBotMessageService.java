package dev.switchboard.application.service;

import dev.switchboard.application.port.in.BotChannel;
import dev.switchboard.application.port.in.SendBotMessageUseCase;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.bot.AgentState;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.BotRequest;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.Exchange;
import dev.switchboard.domain.bot.VirtualAgent;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Optional;

public final class SendBotMessageService implements SendBotMessageUseCase {

    /** Concurrent requests of one session are rare (a client waits for its answer); a few retries settle them. */
    static final int ATTEMPTS = 5;

    private final BotSessions sessions;
    private final AsyncReplies replies;
    private final WebhookEvents events;
    private final BotChannels channels;
    private final VirtualAgent agent;
    private final BotTranscript transcript;
    private final UnitOfWork unitOfWork;
    private final IdGenerator ids;
    private final Clock clock;

    SendBotMessageService(BotSessions sessions, AsyncReplies replies, WebhookEvents events, BotChannels channels,
                          VirtualAgent agent, BotTranscript transcript, UnitOfWork unitOfWork, IdGenerator ids,
                          Clock clock) {
        this.sessions = sessions;
        this.replies = replies;
        this.events = events;
        this.channels = channels;
        this.agent = agent;
        this.transcript = transcript;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Result send(Command command) {
        BotRequest request = command.request();
        BotChannel channel = channels.named(request.key().channel());
        Answered answered = answerOnce(request, command.fingerprint(), channel);
        if (!answered.result().replayed() && channel.mode() == BotChannel.ReplyMode.ASYNC) {
            replies.committed(answered.session(), answered.result().reply());
        }
        if (!answered.result().replayed()) {
            events.committed();
        }
        return answered.result();
    }

    /** Answers against the latest stored session; when another request of the session was stored first, again. */
    /** The result, and the session as stored (null for a replay), for what happens after the commit. */
    private record Answered(Result result, BotSession session) {
    }

    private Answered answerOnce(BotRequest request, String fingerprint, BotChannel channel) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.run(() -> answer(request, fingerprint, channel));
            } catch (ConcurrentUpdateException | DuplicateRecordException e) {
                if (attempt == ATTEMPTS) {
                    throw new StorageUnavailableException("bot session " + request.key().conversation()
                            + " kept changing under concurrent requests; gave up after " + ATTEMPTS + " attempts");
                }
            }
        }
    }

    private Answered answer(BotRequest request, String fingerprint, BotChannel channel) {
        Optional<BotSession> stored = sessions.findByKey(request.key());
        Optional<BotReply> earlier = stored.flatMap(session -> session.replyTo(request.requestId(), fingerprint));
        if (earlier.isPresent()) {
            return new Answered(new Result(earlier.get(), true), null);
        }
        Instant now = clock.now();
        BotSession session = stored.orElseGet(() ->
                BotSession.begin(ids.next(), request.key(), request.userId(), ids.next(), now));
        Optional<SysId> conversation = session.interactionId();
        AgentState before = session.agentState();
        String endedNowSessionId = session.nowSessionId().value();
        BotReply reply = agent.respond(session, request, ids.next(), channel.typingIndicators());
        transcript.exchange(session, conversation, request, reply, now);
        session.answered(new Exchange(request.requestId(), fingerprint, reply, now), now);
        if (stored.isPresent()) {
            sessions.update(session);
        } else {
            sessions.add(session);
        }
        if (channel.mode() == BotChannel.ReplyMode.ASYNC) {
            replies.stored(session, reply);
        }
        if (before == AgentState.NONE && session.agentState() == AgentState.WAITING) {
            events.publish(EventType.BOT_HANDOFF_REQUESTED, session.id().value(), () -> BotEventData.handoff(session));
        }
        if (reply.completed()) {
            events.publish(EventType.BOT_CONVERSATION_ENDED, session.id().value(),
                    () -> BotEventData.ended(session, endedNowSessionId, "virtual_agent"));
        }
        return new Answered(new Result(reply, false), session);
    }
}
