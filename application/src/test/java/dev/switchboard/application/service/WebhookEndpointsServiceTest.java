package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.port.in.WebhookEndpointsUseCase;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.application.port.out.StoredEndpoint;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.event.Delivery;
import dev.switchboard.domain.event.DeliveryState;
import dev.switchboard.domain.event.EndpointName;
import dev.switchboard.domain.event.EndpointNotFoundException;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.event.OutboundAuth;
import dev.switchboard.domain.event.RetrySchedule;
import dev.switchboard.domain.event.SigningSecret;
import dev.switchboard.domain.event.WebhookEndpoint;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.InvalidValueException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The endpoints' life on the in-memory store: what administrators do, what deliveries tell about an endpoint, and
 * that no secret reaches the store readable. The sender is a Mockito mock: what matters is what it is given.
 */
class WebhookEndpointsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final EndpointName CRM = new EndpointName("crm");

    private final InMemoryStore store = new InMemoryStore();
    private final FixedClock clock = new FixedClock(NOW);
    private final EndpointsFixture fixture = new EndpointsFixture(store, clock, mock(DeliveryWakeUp.class), List.of());
    private final WebhookEndpointsService endpoints = fixture.endpoints;
    private final WebhookSender sender = mock(WebhookSender.class);
    private final DispatchWebhooksService dispatch = new DispatchWebhooksService(fixture.outbox, sender,
            fixture.directory, endpoints, new InMemoryUnitOfWork(store), clock,
            new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5))), "test", Duration.ofSeconds(60));

    @Test
    void aCreatedEndpointShowsItsGeneratedSecretOnceAndTheStoreHoldsNoSecretReadable() {
        OutboundAuth auth = new OutboundAuth.Basic("hooks", "basic-password-42");
        WebhookEndpointsUseCase.Created created = endpoints.create(CRM, EndpointsFixture.settings(
                "https://crm.example/hook", EnumSet.of(EventType.INTERACTION_CLOSED)).withAuth(auth),
                Optional.empty());

        assertThat(created.secret().reveal()).startsWith("whsec_");
        assertThat(created.endpoint().version()).isEqualTo(1);
        WebhookEndpoint read = endpoints.get(CRM);
        assertThat(read.currentSecret()).isEqualTo(created.secret());
        assertThat(read.auth()).isEqualTo(auth);
        StoredEndpoint stored = fixture.stored.findByName("crm").orElseThrow();
        assertThat(stored.sealedKeys() + stored.sealedAuth()).doesNotContain(created.secret().reveal())
                .doesNotContain("basic-password-42");
    }

    @Test
    void aTakenNameOrARefusedUrlIsABadRequestNamingTheField() {
        endpoints.create(CRM, EndpointsFixture.settings("https://crm.example/hook",
                EnumSet.of(EventType.INTERACTION_CLOSED)), Optional.empty());
        assertThatThrownBy(() -> endpoints.create(CRM, EndpointsFixture.settings("https://crm.example/other",
                EnumSet.of(EventType.INTERACTION_CLOSED)), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'name'");

        WebhookEndpointsService guarded = new WebhookEndpointsService(fixture.stored, new ReversingCipher(),
                new InMemoryUnitOfWork(store), clock, fixture.directory, fixture.events,
                url -> Optional.of(url.getHost() + " is a loopback address"), () -> new byte[32],
                Duration.ofHours(1), Duration.ofMinutes(10));
        assertThatThrownBy(() -> guarded.create(new EndpointName("inside"), EndpointsFixture.settings(
                "http://localhost/admin", EnumSet.of(EventType.INTERACTION_CLOSED)), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'url'")
                .hasMessageContaining("loopback");
        assertThat(fixture.stored.findByName("inside")).isEmpty();
    }

    @Test
    void unknownEndpointsAreNotFound() {
        EndpointName none = new EndpointName("none");
        assertThatThrownBy(() -> endpoints.get(none)).isInstanceOf(EndpointNotFoundException.class);
        assertThatThrownBy(() -> endpoints.disable(none, "x")).isInstanceOf(EndpointNotFoundException.class);
        assertThatThrownBy(() -> endpoints.delete(none)).isInstanceOf(EndpointNotFoundException.class);
        assertThatThrownBy(() -> endpoints.rotateSecret(none, Optional.empty()))
                .isInstanceOf(EndpointNotFoundException.class);
    }

    @Test
    void afterARotationDeliveriesCarryBothSecretsUntilTheOverlapEnds() {
        SigningSecret first = endpoints.create(CRM, EndpointsFixture.settings("https://crm.example/hook",
                EnumSet.of(EventType.INTERACTION_CLOSED)), Optional.empty()).secret();
        WebhookEndpointsUseCase.Rotated rotated = endpoints.rotateSecret(CRM, Optional.empty());
        assertThat(rotated.previousValidUntil()).isEqualTo(NOW.plus(EndpointsFixture.OVERLAP));
        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(204, 1, "", Optional.empty(),
                false));

        publishClosed("call-1");
        dispatch.claimDue(10).forEach(dispatch::attempt);
        clock.advance(EndpointsFixture.OVERLAP);
        publishClosed("call-2");
        dispatch.claimDue(10).forEach(dispatch::attempt);

        ArgumentCaptor<WebhookSender.Target> targets = ArgumentCaptor.forClass(WebhookSender.Target.class);
        verify(sender, org.mockito.Mockito.times(2)).send(any(), targets.capture(), anyInt());
        assertThat(targets.getAllValues().get(0).secrets()).containsExactly(rotated.secret().reveal(), first.reveal());
        assertThat(targets.getAllValues().get(1).secrets()).containsExactly(rotated.secret().reveal());
    }

    @Test
    void a410DisablesTheEndpointAndTellsTheOtherSubscribers() {
        fixture.subscribe("crm", EnumSet.of(EventType.INTERACTION_CLOSED, EventType.ENDPOINT_DISABLED));
        fixture.subscribe("ops", EnumSet.of(EventType.ENDPOINT_DISABLED));
        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(410, 1, "gone",
                Optional.empty(), true));

        publishClosed("call-1");
        dispatch.claimDue(10).forEach(dispatch::attempt);

        WebhookEndpoint crm = endpoints.get(CRM);
        assertThat(crm.enabled()).isFalse();
        assertThat(crm.status().disabledReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("410 Gone from https://crm.example/hook"));
        List<Delivery> toOps = fixture.outbox.find(Optional.of("ops"), Optional.empty(), 10);
        assertThat(toOps).singleElement().satisfies(delivery -> {
            assertThat(delivery.type()).isEqualTo(EventType.ENDPOINT_DISABLED);
            assertThat(delivery.payload().toString()).contains("crm");
        });
        assertThat(fixture.outbox.find(Optional.of("crm"), Optional.of(DeliveryState.PENDING), 10))
                .as("the disabled endpoint is not told about itself").isEmpty();
        assertThat(fixture.directory.subscriptions()).extracting(s -> s.endpoint()).containsExactly("ops");
    }

    @Test
    void anEndpointFailingLongerThanTheSpanIsDisabledAndASuccessEndsTheSpan() {
        fixture.subscribe("crm", EnumSet.of(EventType.INTERACTION_CLOSED));
        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(500, 1, "boom",
                Optional.empty(), false));
        publishClosed("call-1");
        dispatch.claimDue(10).forEach(dispatch::attempt);
        assertThat(endpoints.get(CRM).failingSince()).contains(NOW);

        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(204, 1, "", Optional.empty(),
                false));
        clock.advance(Duration.ofSeconds(6));
        dispatch.claimDue(10).forEach(dispatch::attempt);
        assertThat(endpoints.get(CRM).failingSince()).isEmpty();

        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(503, 1, "busy",
                Optional.empty(), false));
        publishClosed("call-2");
        dispatch.claimDue(10).forEach(dispatch::attempt);
        clock.advance(EndpointsFixture.DISABLE_AFTER);
        dispatch.claimDue(10).forEach(dispatch::attempt);

        assertThat(endpoints.get(CRM).enabled()).isFalse();
        assertThat(endpoints.get(CRM).status().disabledReason()).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("failing since"));
    }

    @Test
    void deliveriesToADisabledOrDeletedEndpointAreDeadWithoutBeingSentAndCanBeSentAgainAfterEnabling() {
        fixture.subscribe("crm", EnumSet.of(EventType.INTERACTION_CLOSED));
        fixture.subscribe("gone", EnumSet.of(EventType.INTERACTION_CLOSED));
        publishClosed("call-1");
        endpoints.disable(CRM, "maintenance");
        endpoints.delete(new EndpointName("gone"));

        dispatch.claimDue(10).forEach(dispatch::attempt);

        verify(sender, never()).send(any(), any(), anyInt());
        Delivery dead = fixture.outbox.find(Optional.of("crm"), Optional.empty(), 10).get(0);
        assertThat(dead.state()).isEqualTo(DeliveryState.DEAD);
        assertThat(fixture.outbox.attemptsOf(dead.id())).singleElement().satisfies(attempt ->
                assertThat(attempt.response()).contains("disabled: maintenance"));
        assertThat(fixture.outbox.attemptsOf(fixture.outbox.find(Optional.of("gone"), Optional.empty(), 10).get(0)
                .id())).singleElement().satisfies(attempt -> assertThat(attempt.response()).contains("does not exist"));

        endpoints.enable(CRM);
        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(204, 1, "", Optional.empty(),
                false));
        fixture.outbox.redeliver(dead.id(), clock.now());
        dispatch.claimDue(10).forEach(dispatch::attempt);
        assertThat(fixture.outbox.findById(dead.id()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void changesMadeThroughAnotherInstanceReachThisOneAtTheNextRefreshOrWhenADeliveryNeedsThem() {
        EndpointsFixture other = new EndpointsFixture(store, clock, mock(DeliveryWakeUp.class), List.of());
        other.subscribe("crm", EnumSet.of(EventType.INTERACTION_CLOSED));
        assertThat(fixture.directory.subscriptions()).isEmpty();

        endpoints.refresh();
        assertThat(fixture.directory.subscriptions()).extracting(s -> s.endpoint()).containsExactly("crm");

        // A delivery appended by the other instance for an endpoint this one has not read yet is sent, not dead.
        other.subscribe("erp", EnumSet.of(EventType.INTERACTION_CLOSED));
        other.events.publish(EventType.INTERACTION_CLOSED, "call-9", () -> Fields.empty());
        when(sender.send(any(), any(), anyInt())).thenReturn(new WebhookSender.Result(204, 1, "", Optional.empty(),
                false));
        dispatch.claimDue(10).forEach(dispatch::attempt);
        assertThat(fixture.outbox.find(Optional.of("erp"), Optional.empty(), 10)).singleElement()
                .satisfies(delivery -> assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED));
    }

    @Test
    void seedsCreateMissingEndpointsAndApplyTheConfigurationToExistingOnes() {
        SigningSecret configured = SigningSecret.generate(new byte[32]);
        WebhookEndpoint.Settings first = EndpointsFixture.settings("https://crm.example/v1",
                EnumSet.of(EventType.INTERACTION_CLOSED));
        endpoints.seed(List.of(new WebhookEndpointsUseCase.Seed(CRM, first, configured)));
        WebhookEndpoint seeded = endpoints.get(CRM);
        assertThat(seeded.source()).isEqualTo(WebhookEndpoint.Source.CONFIGURATION);
        assertThat(seeded.currentSecret()).isEqualTo(configured);
        endpoints.disable(CRM, "operator");

        SigningSecret next = SigningSecret.generate(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        endpoints.seed(List.of(new WebhookEndpointsUseCase.Seed(CRM, EndpointsFixture.settings(
                "https://crm.example/v2", EnumSet.of(EventType.INTERACTION_CLOSED)), next)));

        WebhookEndpoint reseeded = endpoints.get(CRM);
        assertThat(reseeded.url()).isEqualTo(URI.create("https://crm.example/v2"));
        assertThat(reseeded.signingSecrets(NOW)).containsExactly(next, configured);
        assertThat(reseeded.enabled()).as("an operator's disabling stays").isFalse();
    }

    private void publishClosed(String interaction) {
        fixture.events.publish(EventType.INTERACTION_CLOSED, interaction,
                () -> Fields.builder().put("interactionId", interaction).build());
    }
}
