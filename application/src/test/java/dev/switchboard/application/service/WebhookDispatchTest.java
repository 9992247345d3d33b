package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryStorage;
import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.InMemoryWebhookOutbox;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.DispatchWebhooksUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.event.RetrySchedule;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Events from the voice services into the outbox, and the dispatcher's decisions, on the in-memory store (the outbox
 * is a stateful port, checked by its contract suite); the sender and the wake-up are Mockito mocks, because what
 * matters about them is how they are called.
 */
class WebhookDispatchTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final FixedClock clock = new FixedClock(NOW);
    private final DeliveryWakeUp wakeUp = mock(DeliveryWakeUp.class);
    private final WebhookSender sender = mock(WebhookSender.class);
    private final EndpointsFixture endpoints = new EndpointsFixture(store, clock, wakeUp, List.of());
    private final InMemoryWebhookOutbox outbox = endpoints.outbox;
    private final VoiceInteractionUseCases voice = voiceWith(endpoints.events);
    private final DispatchWebhooksService dispatch = new DispatchWebhooksService(outbox, sender, endpoints.directory,
            endpoints.endpoints, new InMemoryUnitOfWork(store), clock,
            new RetrySchedule(List.of(Duration.ofSeconds(5))), "test", Duration.ofSeconds(60));

    WebhookDispatchTest() {
        endpoints.subscribe("crm", EnumSet.of(EventType.INTERACTION_OPENED, EventType.INTERACTION_CLOSED,
                EventType.TRANSCRIPT_MESSAGES_ADDED, EventType.CONVERSATION_CREATED));
        endpoints.subscribe("audit", EnumSet.of(EventType.INTERACTION_CLOSED));
    }

    @Test
    void eachSubscribedEndpointGetsADeliveryOfEachEventInTheUnitThatMadeTheChange() {
        SysId id = callWithOneMessageThenClose();

        List<Delivery> crm = outbox.find(Optional.of("crm"), Optional.empty(), 100);
        List<Delivery> audit = outbox.find(Optional.of("audit"), Optional.empty(), 100);

        assertThat(crm).extracting(Delivery::type).containsExactlyInAnyOrder(EventType.INTERACTION_OPENED,
                EventType.CONVERSATION_CREATED, EventType.TRANSCRIPT_MESSAGES_ADDED, EventType.INTERACTION_CLOSED);
        assertThat(audit).extracting(Delivery::type).containsExactly(EventType.INTERACTION_CLOSED);
        assertThat(crm).allSatisfy(delivery -> assertThat(delivery.orderingKey()).isEqualTo(id.value()));
        verify(wakeUp, org.mockito.Mockito.atLeast(3)).deliveriesCommitted();
    }

    @Test
    void withoutSubscriptionsNothingIsWrittenOrWoken() {
        VoiceInteractionUseCases quiet = voiceWith(WebhookEvents.to(outbox, List.of(), wakeUp,
                new ScriptedIdGenerator(), clock));
        quiet.startVoiceInteraction().startVoiceInteraction(new StartVoiceInteractionUseCase.Command(
                CallerDetails.of("+14089178877", null, null, null, null)));

        assertThat(outbox.find(Optional.empty(), Optional.empty(), 100)).isEmpty();
        verify(wakeUp, never()).deliveriesCommitted();
    }

    @Test
    void aDeliveredAttemptSettlesTheDeliveryAndReleasesTheNextOfItsConversation() {
        callWithOneMessageThenClose();
        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(204, 3, "", Optional.empty(), false));

        List<Delivery> first = dispatch.claimDue(10);
        assertThat(first).extracting(Delivery::type).contains(EventType.INTERACTION_OPENED)
                .doesNotContain(EventType.CONVERSATION_CREATED);
        long pendingBefore = dispatch.pending();
        first.forEach(delivery -> assertThat(dispatch.attempt(delivery).orElseThrow().next()).isEqualTo(DeliveryState.DELIVERED));
        assertThat(dispatch.pending()).isEqualTo(pendingBefore - first.size());

        List<Delivery> next = dispatch.claimDue(10);
        assertThat(next).extracting(Delivery::type).contains(EventType.CONVERSATION_CREATED);
        assertThat(outbox.findById(first.get(0).id()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aFailedAttemptIsRetriedOnTheScheduleAndThenDead() {
        startOnly();
        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(500, 3, "boom", Optional.empty(),
                false));
        Delivery delivery = dispatch.claimDue(10).get(0);

        assertThat(dispatch.attempt(delivery).orElseThrow().next()).isEqualTo(DeliveryState.PENDING);
        Delivery retried = outbox.findById(delivery.id()).orElseThrow();
        assertThat(retried.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(retried.nextAttemptAt()).isBetween(NOW.plusSeconds(4), NOW.plusSeconds(6));
        assertThat(dispatch.claimDue(10)).as("not due yet").isEmpty();

        clock.advance(Duration.ofSeconds(6));
        DispatchWebhooksUseCase.Attempted last = dispatch.attempt(dispatch.claimDue(10).get(0)).orElseThrow();

        assertThat(last.next()).isEqualTo(DeliveryState.DEAD);
        assertThat(last.attempt().number()).isEqualTo(2);
        assertThat(last.attempt().status()).isEqualTo(500);

        assertThat(outbox.findById(delivery.id()).orElseThrow().state()).isEqualTo(DeliveryState.DEAD);
        assertThat(outbox.attemptsOf(delivery.id())).extracting(attempt -> attempt.status()).containsExactly(500, 500);
    }

    @Test
    void aPermanentRefusalIsDeadAtOnce() {
        startOnly();
        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(410, 3, "gone", Optional.empty(),
                true));

        Delivery delivery = dispatch.claimDue(10).get(0);
        dispatch.attempt(delivery);

        assertThat(outbox.findById(delivery.id()).orElseThrow().state()).isEqualTo(DeliveryState.DEAD);
    }

    /** The fencing token at work: a dispatcher slower than its lease leaves the delivery to the one that took it over. */
    @Test
    void anAttemptRecordedAfterTheLeaseWasTakenOverIsDroppedWithoutAnError() {
        startOnly();
        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(204, 3, "", Optional.empty(),
                false));
        DispatchWebhooksService other = new DispatchWebhooksService(outbox, sender, endpoints.directory,
                endpoints.endpoints, new InMemoryUnitOfWork(store), clock,
                new RetrySchedule(List.of(Duration.ofSeconds(5))), "other", Duration.ofSeconds(60));
        Delivery claimed = dispatch.claimDue(10).get(0);
        clock.advance(Duration.ofSeconds(61));
        assertThat(other.claimDue(10)).extracting(Delivery::id).containsExactly(claimed.id());

        dispatch.attempt(claimed);

        assertThat(outbox.findById(claimed.id())).contains(claimed);
        assertThat(outbox.attemptsOf(claimed.id())).isEmpty();
        other.attempt(claimed);
        assertThat(outbox.findById(claimed.id()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(outbox.attemptsOf(claimed.id())).hasSize(1);
    }

    private VoiceInteractionUseCases voiceWith(WebhookEvents events) {
        StorageFixture storage = InMemoryStorage.create(store);
        ScriptedIdGenerator ids = new ScriptedIdGenerator();
        return VoiceInteractionServices.wire(storage.interactions(), storage.conversations(), storage.messages(),
                storage.unitOfWork(), CommitGroups.eachAlone(), ids, clock,
                events);
    }

    private SysId startOnly() {
        return voice.startVoiceInteraction().startVoiceInteraction(new StartVoiceInteractionUseCase.Command(
                CallerDetails.of("+14089178877", null, null, null, null)));
    }

    private SysId callWithOneMessageThenClose() {
        SysId id = startOnly();
        voice.addMessages().addMessagesAndWait(new AddVoiceInteractionMessagesUseCase.Command(id, List.of(
                new Utterance(Participant.CUSTOMER, "hello", new OffsetRange(0, 1), null, null, false, false, null,
                        null))));
        voice.endVoiceInteraction().endVoiceInteraction(new EndVoiceInteractionUseCase.Command(id, null));
        return id;
    }
}
