package dev.switchboard.application.service;

import dev.switchboard.application.port.in.BotChannel;
import dev.switchboard.application.port.in.LiveAgentUseCase;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.bot.AgentState;
import dev.switchboard.domain.bot.BodyElement;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.BotSession;
import dev.switchboard.domain.bot.BotSessionNotFoundException;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.bot.UiType;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

public final class LiveAgentService implements LiveAgentUseCase {

    private final BotSessions sessions;
    private final AsyncReplies replies;
    private final WebhookEvents events;
    private final BotChannels channels;
    private final BotTranscript transcript;
    private final UnitOfWork unitOfWork;
    private final IdGenerator ids;
    private final Clock clock;

    LiveAgentService(BotSessions sessions, AsyncReplies replies, WebhookEvents events, BotChannels channels,
                     BotTranscript transcript, UnitOfWork unitOfWork, IdGenerator ids, Clock clock) {
        this.sessions = sessions;
        this.replies = replies;
        this.events = events;
        this.channels = channels;
        this.transcript = transcript;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<BotSession> waiting(Optional<String> queue, int limit) {
        return unitOfWork.run(() -> sessions.findByAgentState(AgentState.WAITING, queue, limit));
    }

    @Override
    public BotSession conversation(SysId conversation) {
        return unitOfWork.run(() -> sessions.findById(conversation)
                .orElseThrow(() -> new BotSessionNotFoundException(conversation)));
    }

    @Override
    public BotSession accept(SysId conversation, Agent agent) {
        return change(conversation, session -> {
            session.acceptedBy(agent.name());
            return Optional.empty();
        });
    }

    @Override
    public void send(SysId conversation, Agent agent, String text) {
        BodyElement message = new BodyElement(Fields.builder()
                .put("uiType", UiType.OutputText.name())
                .put("value", text)
                .put("agentInfo", Fields.builder().put("sentFromAgent", true).put("agentName", agent.name())
                        .putIfPresent("agentAvatar", agent.avatar()).build())
                .build());
        change(conversation, session -> {
            boolean async = isAsync(session);
            session.agentSent(message, !async);
            transcript.agentMessage(session, text, clock.now());
            return async ? Optional.of(push(session, List.of(message), true, false)) : Optional.empty();
        });
    }

    @Override
    public void end(SysId conversation, Agent agent) {
        change(conversation, session -> {
            Optional<SysId> recorded = session.interactionId();
            String endedNowSessionId = session.nowSessionId().value();
            String queue = session.queue().orElse(null);
            session.endedByAgent(ids.next());
            events.publish(EventType.BOT_CONVERSATION_ENDED, session.id().value(),
                    () -> BotEventData.ended(session, endedNowSessionId, "live_agent").with("queue", queue));
            recorded.ifPresent(interaction -> transcript.close(interaction, clock.now()));
            return isAsync(session) ? Optional.of(push(session, List.of(), false, true)) : Optional.empty();
        });
    }

    /**
     * Applies the change to the latest stored session and stores it, again if another change came first; then
     * delivers what the change has to push, once, after it is stored.
     */
    private BotSession change(SysId id, Function<BotSession, Optional<BotReply>> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                Changed changed = unitOfWork.run(() -> {
                    BotSession session = sessions.findById(id).orElseThrow(() -> new BotSessionNotFoundException(id));
                    Optional<BotReply> push = change.apply(session);
                    sessions.update(session);
                    push.ifPresent(reply -> replies.stored(session, reply));
                    return new Changed(session, push);
                });
                changed.push().ifPresent(reply -> replies.committed(changed.session(), reply));
                events.committed();
                return changed.session();
            } catch (ConcurrentUpdateException e) {
                if (attempt == SendBotMessageService.ATTEMPTS) {
                    throw new StorageUnavailableException("bot conversation " + id + " kept changing; gave up after "
                            + attempt + " attempts");
                }
            }
        }
    }

    private record Changed(BotSession session, Optional<BotReply> push) {
    }

    private boolean isAsync(BotSession session) {
        return channels.named(session.key().channel()).mode() == BotChannel.ReplyMode.ASYNC;
    }

    /** A reply nobody asked for: it answers no request, so it gets an id of its own. */
    private BotReply push(BotSession session, List<BodyElement> body, boolean agentChat, boolean completed) {
        String conversation = session.key().conversation();
        String clientSessionId = conversation.startsWith("session:") ? conversation.substring("session:".length()) : "";
        return new BotReply(ids.next().value(), clientSessionId, session.nowSessionId().value(), Fields.empty(),
                session.userId(), body, agentChat, completed, false, 1, Fields.empty());
    }
}
