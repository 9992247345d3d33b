package dev.switchboard.application.service;

import dev.switchboard.application.port.in.WebhookSubscription;
import dev.switchboard.application.port.out.WebhookSender;
import dev.switchboard.domain.event.WebhookEndpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * This instance's copy of where deliveries go: the stored endpoints (read again every few seconds and after each
 * change made here) and the asynchronous bot channels' reply endpoints (fixed by configuration). Publishing an event
 * and dispatching a delivery read it from memory, so the ingest path never asks the store who is subscribed.
 */
public final class EndpointDirectory {

    private final Map<String, WebhookSender.Target> channels;
    private final AtomicLong changes = new AtomicLong();
    private volatile Map<String, WebhookEndpoint> endpoints = Map.of();
    private volatile List<WebhookSubscription> subscriptions = List.of();

    /** @param channels the bot channels' reply endpoints, by name */
    public EndpointDirectory(List<WebhookSender.Target> channels) {
        this.channels = channels.stream()
                .collect(Collectors.toUnmodifiableMap(WebhookSender.Target::endpoint, Function.identity()));
    }

    /** The enabled endpoints and their event types: what {@link WebhookEvents} publishes to. */
    public List<WebhookSubscription> subscriptions() {
        return subscriptions;
    }

    /** True when anything may be delivered: a stored endpoint or a bot channel's reply endpoint. */
    public boolean any() {
        return !channels.isEmpty() || !endpoints.isEmpty();
    }

    Optional<WebhookEndpoint> endpoint(String name) {
        return Optional.ofNullable(endpoints.get(name));
    }

    Optional<WebhookSender.Target> channel(String name) {
        return Optional.ofNullable(channels.get(name));
    }

    /** A mark to pass to {@link #replaceAll}: taken before the store is read. */
    long mark() {
        return changes.get();
    }

    /**
     * Everything read from the store, unless a change made here since {@code mark} could be newer than what was read;
     * then the read is dropped and the next refresh brings it.
     */
    synchronized void replaceAll(List<WebhookEndpoint> read, long mark) {
        if (changes.get() != mark) {
            return;
        }
        Map<String, WebhookEndpoint> next = new LinkedHashMap<>();
        read.forEach(endpoint -> next.put(endpoint.name().value(), endpoint));
        install(next);
    }

    /** A change made here, after its unit committed. */
    synchronized void put(WebhookEndpoint endpoint) {
        changes.incrementAndGet();
        Map<String, WebhookEndpoint> next = new LinkedHashMap<>(endpoints);
        next.put(endpoint.name().value(), endpoint);
        install(next);
    }

    synchronized void remove(String name) {
        changes.incrementAndGet();
        Map<String, WebhookEndpoint> next = new LinkedHashMap<>(endpoints);
        next.remove(name);
        install(next);
    }

    private void install(Map<String, WebhookEndpoint> next) {
        endpoints = Map.copyOf(next);
        subscriptions = next.values().stream()
                .filter(WebhookEndpoint::enabled)
                .map(endpoint -> new WebhookSubscription(endpoint.name().value(), endpoint.eventTypes()))
                .toList();
    }
}
