package dev.switchboard.application.service;

import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.InMemoryWebhookEndpoints;
import dev.switchboard.application.fake.InMemoryWebhookOutbox;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.DeliveryWakeUp;
import dev.switchboard.application.port.out.WebhookDestinations;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.event.EndpointName;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.event.OutboundAuth;
import dev.switchboard.domain.event.WebhookEndpoint;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Endpoints managed as in the service, on the in-memory store: the directory, the events that publish to it, and the
 * service that changes them (overlap 1 h, disabled after 10 min of failures).
 */
final class EndpointsFixture {

    static final Duration OVERLAP = Duration.ofHours(1);
    static final Duration DISABLE_AFTER = Duration.ofMinutes(10);

    final InMemoryStore store;
    final InMemoryWebhookOutbox outbox;
    final InMemoryWebhookEndpoints stored;
    final EndpointDirectory directory;
    final WebhookEvents events;
    final WebhookEndpointsService endpoints;
    private int randomCalls;

    EndpointsFixture(InMemoryStore store, FixedClock clock, DeliveryWakeUp wakeUp, List<WebhookSender.Target> channels) {
        this.store = store;
        this.outbox = new InMemoryWebhookOutbox(store);
        this.stored = new InMemoryWebhookEndpoints(store);
        this.directory = new EndpointDirectory(channels);
        ScriptedIdGenerator ids = new ScriptedIdGenerator();
        this.events = WebhookEvents.to(outbox, directory, wakeUp, ids, clock);
        this.endpoints = new WebhookEndpointsService(stored, new ReversingCipher(), new InMemoryUnitOfWork(store),
                clock, directory, events, WebhookDestinations.unguarded(), this::random, OVERLAP, DISABLE_AFTER);
    }

    /** 32 bytes that differ on every call: distinct generated secrets. */
    private byte[] random() {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) ++randomCalls;
        return bytes;
    }

    WebhookEndpoint subscribe(String name, Set<EventType> types) {
        return endpoints.create(new EndpointName(name), settings("https://" + name + ".example/hook", types),
                Optional.empty()).endpoint();
    }

    static WebhookEndpoint.Settings settings(String url, Set<EventType> types) {
        return new WebhookEndpoint.Settings(URI.create(url), "", types, OutboundAuth.NONE);
    }
}
