package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryBotSessions;
import dev.switchboard.application.fake.InMemoryConversations;
import dev.switchboard.application.fake.InMemoryInteractions;
import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryTranscriptMessages;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.InMemoryWebhookOutbox;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.in.BotChannel;
import dev.switchboard.application.port.in.BotIntegrationUseCases;
import dev.switchboard.application.port.in.LiveAgentUseCase;
import dev.switchboard.application.port.in.SendBotMessageUseCase;
import dev.switchboard.application.port.in.WebhookSubscription;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.domain.bot.BotAction;
import dev.switchboard.domain.bot.SessionKey;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * With an outbox, an asynchronous channel's reply is a delivery to the channel's endpoint, written with the exchange,
 * and the bot events go to the endpoints subscribed to them.
 */
class BotEventsTest {

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox(store);
    private final InMemoryBotSessions sessions = new InMemoryBotSessions(store);
    private final ScriptedIdGenerator ids = new ScriptedIdGenerator();
    private final FixedClock clock = new FixedClock(Instant.EPOCH);
    private final DeliveryWakeUp wakeUp = mock(DeliveryWakeUp.class);
    private final BotIntegrationUseCases useCases = BotIntegrationServices.wire(sessions, outbox, wakeUp,
            WebhookEvents.to(outbox, List.of(new WebhookSubscription("crm",
                    EnumSet.of(EventType.BOT_HANDOFF_REQUESTED, EventType.BOT_CONVERSATION_ENDED))), wakeUp, ids,
                    clock),
            new InMemoryInteractions(store), new InMemoryConversations(store), new InMemoryTranscriptMessages(store),
            new InMemoryUnitOfWork(store), ids, clock, BotTestScript.create(),
            List.of(new BotChannel("slack", BotChannel.ReplyMode.ASYNC, false)));

    @Test
    void anAsyncReplyIsADeliveryToItsChannelAndAHandoffAndItsEndAreEvents() {
        send("r1", "talk to a person", Optional.empty());
        SysId session = sessions.findByKey(new SessionKey("slack", "user:beth")).orElseThrow().id();
        useCases.liveAgent().accept(session, new LiveAgentUseCase.Agent("Beth", null));
        useCases.liveAgent().end(session, new LiveAgentUseCase.Agent("Beth", null));

        List<Delivery> replies = outbox.find(Optional.of(BotChannel.replyEndpoint("slack")), Optional.empty(), 10);
        List<Delivery> events = outbox.find(Optional.of("crm"), Optional.empty(), 10);

        assertThat(replies).extracting(Delivery::type).containsOnly(EventType.BOT_REPLY).hasSize(2);
        assertThat(events).extracting(Delivery::type).containsExactlyInAnyOrder(EventType.BOT_HANDOFF_REQUESTED,
                EventType.BOT_CONVERSATION_ENDED);
        assertThat(events).allSatisfy(delivery -> assertThat(delivery.orderingKey()).isEqualTo(session.value()));
    }

    @Test
    void aReplayWritesNothingMore() {
        send("r1", "hi", Optional.empty());
        send("r1", "hi", Optional.empty());

        assertThat(outbox.find(Optional.empty(), Optional.empty(), 10)).hasSize(1);
    }

    private void send(String requestId, String text, Optional<BotAction> action) {
        useCases.sendBotMessage().send(new SendBotMessageUseCase.Command(
                SendBotMessageServiceTest.request("slack", requestId, action, text, Optional.empty()), "f-" + text));
    }
}
