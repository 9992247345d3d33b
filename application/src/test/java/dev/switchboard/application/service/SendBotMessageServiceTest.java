package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryBotSessions;
import dev.switchboard.application.fake.InMemoryConversations;
import dev.switchboard.application.fake.InMemoryInteractions;
import dev.switchboard.application.fake.InMemoryTranscriptMessages;
import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.BotChannel;
import dev.switchboard.application.port.in.BotIntegrationUseCases;
import dev.switchboard.application.port.in.SendBotMessageUseCase;
import dev.switchboard.application.port.in.SendBotMessageUseCase.Command;
import dev.switchboard.application.port.out.BotReplies;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.bot.BotAction;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.BotRequest;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.bot.UserMessage;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The service around the virtual agent: sessions on the in-memory fake (a stateful port, checked by its contract
 * suite), the reply delivery as a Mockito mock, because what matters there is the interaction: handed over once
 * for an asynchronous channel, never for a synchronous one, a replayed request or a refused one.
 */
class SendBotMessageServiceTest {

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryBotSessions sessions = spy(new InMemoryBotSessions(store));
    private final BotReplies replies = mock(BotReplies.class);
    private final InMemoryInteractions interactions = new InMemoryInteractions(store);
    private final InMemoryTranscriptMessages messages = new InMemoryTranscriptMessages(store);
    private final BotIntegrationUseCases useCases = BotIntegrationServices.wire(sessions, replies, interactions,
            new InMemoryConversations(store), messages, new InMemoryUnitOfWork(store), new ScriptedIdGenerator(), new FixedClock(Instant.EPOCH),
            BotTestScript.create(), List.of(new BotChannel("web", BotChannel.ReplyMode.SYNC, false),
                    new BotChannel("slack", BotChannel.ReplyMode.ASYNC, false)));
    private final SendBotMessageUseCase send = useCases.sendBotMessage();

    @Test
    void aSynchronousChannelGetsTheReplyAndNothingIsDelivered() {
        SendBotMessageUseCase.Result result = send.send(command("web", "r1", "hi", "f1"));

        assertThat(result.replayed()).isFalse();
        assertThat(result.reply().body()).hasSize(2);
        verifyNoInteractions(replies);
    }

    @Test
    void anAsynchronousChannelsReplyIsDeliveredOnceToItsSession() {
        SendBotMessageUseCase.Result result = send.send(command("slack", "r1", "hi", "f1"));

        verify(replies, times(1)).deliver(new SessionKey("slack", "user:beth"), result.reply());
    }

    @Test
    void anEqualRequestIsAnsweredFromTheStoredExchangeAndNotDeliveredAgain() {
        BotReply first = send.send(command("slack", "r1", "talk to a person", "f1")).reply();

        SendBotMessageUseCase.Result again = send.send(command("slack", "r1", "talk to a person", "f1"));

        assertThat(again.replayed()).isTrue();
        assertThat(again.reply()).isEqualTo(first);
        verify(replies, times(1)).deliver(any(), any());
        assertThat(sessions.findByKey(new SessionKey("slack", "user:beth")).orElseThrow().queue()).contains("general");
    }

    @Test
    void aReusedRequestIdWithAnotherBodyIsANewRequest() {
        send.send(command("slack", "r1", "hi", "f1"));

        SendBotMessageUseCase.Result other = send.send(command("slack", "r1", "talk to a person", "f2"));

        assertThat(other.replayed()).isFalse();
        assertThat(other.reply().agentChat()).isTrue();
        verify(replies, times(2)).deliver(eq(new SessionKey("slack", "user:beth")), any());
    }

    @Test
    void eachExchangeIsCopiedIntoTheConversationsTranscriptWhichClosesWithTheConversation() {
        send.send(command("web", "r1", "hi", "f1"));
        send.send(command("web", "r2", "talk to a person", "f2"));
        SysId interaction = sessions.findByKey(new SessionKey("web", "user:beth")).orElseThrow().interactionId()
                .orElseThrow();

        assertThat(messages.findPage(conversationOf(interaction), new PageRequest(0, 100)))
                .extracting(message -> message.utterance().participant() + ": " + message.utterance().content())
                .containsExactly("CUSTOMER: hi", "AGENT: Hi!", "AGENT: [Live Agent Support.]",
                        "CUSTOMER: talk to a person", "AGENT: Please stand by.");
        assertThat(interactions.findById(interaction).orElseThrow().caller().inboundId()).isEqualTo("bot:web");

        send.send(new Command(request("web", "r3", Optional.of(BotAction.END_CONVERSATION), "", Optional.empty()), "f3"));

        assertThat(interactions.findById(interaction).orElseThrow().isClosed()).isTrue();
        assertThat(sessions.findByKey(new SessionKey("web", "user:beth")).orElseThrow().interactionId()).isEmpty();
    }

    private SysId conversationOf(SysId interaction) {
        return new InMemoryConversations(store).findByInteraction(interaction).orElseThrow().id();
    }

    @Test
    void aRefusedRequestStoresAndDeliversNothing() {
        Command switchToNowhere = new Command(request("slack", "r1", Optional.of(BotAction.SWITCH), "",
                Optional.of("No such topic")), "f1");

        assertThatThrownBy(() -> send.send(switchToNowhere)).isInstanceOf(InvalidValueException.class);

        verifyNoInteractions(replies);
        assertThat(sessions.findByKey(new SessionKey("slack", "user:beth"))).isEmpty();
    }

    @Test
    void aConcurrentUpdateIsRetriedOnTheLatestSession() {
        send.send(command("slack", "r1", "hi", "f1"));
        doThrow(new ConcurrentUpdateException("overtaken")).doCallRealMethod().when(sessions).update(any());

        SendBotMessageUseCase.Result result = send.send(command("slack", "r2", "talk to a person", "f2"));

        assertThat(result.reply().agentChat()).isTrue();
        verify(sessions, times(2)).update(any());
        verify(replies, times(2)).deliver(any(), any());
    }

    @Test
    void aSessionThatKeepsChangingGivesUpAsUnavailableWithoutDelivering() {
        send.send(command("slack", "r1", "hi", "f1"));
        doThrow(new ConcurrentUpdateException("overtaken")).when(sessions).update(any());

        assertThatThrownBy(() -> send.send(command("slack", "r2", "hi", "f2")))
                .isInstanceOf(StorageUnavailableException.class);

        verify(sessions, times(SendBotMessageService.ATTEMPTS)).update(any());
        verify(replies, times(1)).deliver(any(), any());
        doCallRealMethod().when(sessions).update(any());
    }

    static Command command(String channel, String requestId, String text, String fingerprint) {
        return new Command(request(channel, requestId, Optional.empty(), text, Optional.empty()), fingerprint);
    }

    static BotRequest request(String channel, String requestId, Optional<BotAction> action, String text,
                              Optional<String> switchTarget) {
        return new BotRequest(requestId, "beth", SessionKey.of(channel, "", "beth"), "", action,
                new UserMessage(text, true, null, List.of()), Fields.of(Map.of("text", text, "typed", true)),
                switchTarget, Optional.empty(), null, Map.of(), Fields.empty());
    }
}
