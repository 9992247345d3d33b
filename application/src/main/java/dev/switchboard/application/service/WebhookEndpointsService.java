package dev.switchboard.application.service;

import dev.switchboard.application.port.in.WebhookEndpointsUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.SecretCipher;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookDestinations;
import dev.switchboard.application.port.out.WebhookEndpoints;
import dev.switchboard.domain.event.EndpointName;
import dev.switchboard.domain.event.EndpointNotFoundException;
import dev.switchboard.domain.event.EventType;
import dev.switchboard.domain.event.SigningSecret;
import dev.switchboard.domain.event.WebhookEndpoint;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.InvalidValueException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The endpoints' life: what administrators and configuration do to them, and what deliveries tell about them (a 410
 * Gone, a span of failures, a success that ends one). Each change is read, decided by the {@link WebhookEndpoint}
 * aggregate, and stored by compare-and-set; when another instance changed the endpoint first, the change is decided
 * again on the newer copy. A disabled endpoint is announced as {@code webhook.endpoint_disabled} to the other
 * endpoints subscribed to it, in the same unit as the change.
 */
public final class WebhookEndpointsService implements WebhookEndpointsUseCase {

    /** Attempts at one change before giving up on a busy endpoint. */
    private static final int TRIES = 5;

    private final WebhookEndpoints store;
    private final EndpointSealing sealing;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EndpointDirectory directory;
    private final WebhookEvents events;
    private final WebhookDestinations destinations;
    private final Supplier<byte[]> randomBytes;
    private final Duration rotationOverlap;
    private final Duration disableAfter;

    /**
     * @param randomBytes     {@link SigningSecret#GENERATED_BYTES} bytes from a secure random source, per call
     * @param rotationOverlap how long a replaced secret keeps signing beside the new one
     * @param disableAfter    how long an endpoint may keep failing before it is disabled
     */
    public WebhookEndpointsService(WebhookEndpoints store, SecretCipher cipher, UnitOfWork unitOfWork, Clock clock,
                                   EndpointDirectory directory, WebhookEvents events, WebhookDestinations destinations,
                                   Supplier<byte[]> randomBytes, Duration rotationOverlap, Duration disableAfter) {
        this.store = store;
        this.sealing = new EndpointSealing(cipher);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.directory = directory;
        this.events = events;
        this.destinations = destinations;
        this.randomBytes = randomBytes;
        this.rotationOverlap = rotationOverlap;
        this.disableAfter = disableAfter;
    }

    @Override
    public Created create(EndpointName name, WebhookEndpoint.Settings settings, Optional<SigningSecret> secret) {
        allowed(settings.url());
        SigningSecret signing = secret.orElseGet(this::newSecret);
        WebhookEndpoint endpoint = WebhookEndpoint.create(name, settings, signing, WebhookEndpoint.Source.API,
                clock.now());
        try {
            unitOfWork.run(() -> {
                store.add(sealing.seal(endpoint));
                return null;
            });
        } catch (DuplicateRecordException e) {
            throw new InvalidValueException("name", "an endpoint named " + name + " exists");
        }
        WebhookEndpoint stored = stored(endpoint);
        directory.put(stored);
        return new Created(stored, signing);
    }

    @Override
    public List<WebhookEndpoint> list() {
        return unitOfWork.run(() -> store.findAll().stream().map(sealing::open).toList());
    }

    @Override
    public WebhookEndpoint get(EndpointName name) {
        return unitOfWork.run(() -> read(name));
    }

    @Override
    public WebhookEndpoint change(EndpointName name, Changes changes) {
        changes.url().ifPresent(this::allowed);
        return change(name, endpoint -> endpoint.reconfigure(changes.applyTo(endpoint.settings()), clock.now()));
    }

    @Override
    public Rotated rotateSecret(EndpointName name, Optional<SigningSecret> next) {
        SigningSecret secret = next.orElseGet(this::newSecret);
        Instant now = clock.now();
        WebhookEndpoint rotated = change(name, endpoint -> endpoint.rotate(secret, rotationOverlap, now));
        return new Rotated(rotated, secret, now.plus(rotationOverlap));
    }

    @Override
    public WebhookEndpoint disable(EndpointName name, String reason) {
        return change(name, endpoint -> endpoint.enabled() ? endpoint.disable(reason, clock.now()) : endpoint);
    }

    @Override
    public WebhookEndpoint enable(EndpointName name) {
        return change(name, endpoint -> endpoint.enabled() ? endpoint : endpoint.enable(clock.now()));
    }

    @Override
    public void delete(EndpointName name) {
        boolean deleted = unitOfWork.run(() -> store.delete(name.value()));
        if (!deleted) {
            throw new EndpointNotFoundException(name);
        }
        directory.remove(name.value());
    }

    @Override
    public void seed(List<Seed> seeds) {
        for (Seed seed : seeds) {
            Instant now = clock.now();
            Optional<WebhookEndpoint> existing = unitOfWork.run(() -> store.findByName(seed.name().value()))
                    .map(sealing::open);
            if (existing.isEmpty()) {
                WebhookEndpoint endpoint = WebhookEndpoint.create(seed.name(), seed.settings(), seed.secret(),
                        WebhookEndpoint.Source.CONFIGURATION, now);
                try {
                    unitOfWork.run(() -> {
                        store.add(sealing.seal(endpoint));
                        return null;
                    });
                    continue;
                } catch (DuplicateRecordException e) {
                    // Another instance seeded it in the meantime: apply the configuration to its copy below.
                }
            }
            change(seed.name(), endpoint -> {
                WebhookEndpoint configured = endpoint.reconfigure(seed.settings(), now);
                return configured.currentSecret().equals(seed.secret()) ? configured
                        : configured.rotate(seed.secret(), rotationOverlap, now);
            });
        }
        refresh();
    }

    @Override
    public void refresh() {
        long mark = directory.mark();
        // Redoable: a read; on H2 it need not wait for a checkpoint.
        List<WebhookEndpoint> read = unitOfWork.runRedoable(() -> store.findAll().stream().map(sealing::open).toList());
        directory.replaceAll(read, mark);
    }

    /**
     * What an attempt at a delivery to a stored endpoint says about the endpoint: a 410 Gone disables it; a failure
     * starts or continues its failing span and, past {@code disableAfter}, disables it; a success ends the span.
     * Nothing is written when nothing changes, which is every attempt while an endpoint is healthy.
     */
    void attempted(WebhookEndpoint known, boolean succeeded, boolean gone) {
        Instant now = clock.now();
        UnaryOperator<WebhookEndpoint> outcome = succeeded ? endpoint -> endpoint.succeeded(now)
                : gone ? endpoint -> endpoint.enabled() ? endpoint.disable("410 Gone from " + endpoint.url(), now)
                : endpoint
                : endpoint -> endpoint.failed(now, disableAfter);
        if (outcome.apply(known) == known) {
            return;
        }
        try {
            change(known.name(), outcome);
        } catch (EndpointNotFoundException e) {
            // Deleted meanwhile: nothing to remember.
        }
    }

    private WebhookEndpoint change(EndpointName name, UnaryOperator<WebhookEndpoint> decide) {
        for (int tried = 1; ; tried++) {
            try {
                WebhookEndpoint changed = unitOfWork.run(() -> {
                    WebhookEndpoint current = read(name);
                    WebhookEndpoint next = decide.apply(current);
                    if (next == current) {
                        return current;
                    }
                    store.update(sealing.seal(next));
                    if (current.enabled() && !next.enabled()) {
                        announceDisabled(next);
                    }
                    return stored(next);
                });
                directory.put(changed);
                if (!changed.enabled()) {
                    events.committed();
                }
                return changed;
            } catch (ConcurrentUpdateException e) {
                if (tried == TRIES) {
                    throw e;
                }
            }
        }
    }

    private void announceDisabled(WebhookEndpoint endpoint) {
        events.publishExcept(EventType.ENDPOINT_DISABLED, "endpoint:" + endpoint.name(), () -> Fields.builder()
                .put("endpoint", endpoint.name().value())
                .put("url", endpoint.url().toString())
                .put("reason", endpoint.status().disabledReason().orElse(""))
                .put("disabledAt", endpoint.status().disabledAt().map(Instant::toString).orElse(""))
                .build(), endpoint.name().value());
    }

    private WebhookEndpoint read(EndpointName name) {
        return store.findByName(name.value()).map(sealing::open).orElseThrow(() -> new EndpointNotFoundException(name));
    }

    /** The copy the store now has: one version on. */
    private static WebhookEndpoint stored(WebhookEndpoint endpoint) {
        WebhookEndpoint.Snapshot s = endpoint.snapshot();
        return WebhookEndpoint.restore(new WebhookEndpoint.Snapshot(s.name(), s.url(), s.description(),
                s.eventTypes(), s.keys(), s.auth(), s.status(), s.failingSince(), s.source(), s.createdAt(),
                s.updatedAt(), s.version() + 1));
    }

    private void allowed(URI url) {
        destinations.refusal(url).ifPresent(refusal -> {
            throw new InvalidValueException("url", "is refused: " + refusal
                    + " (switchboard.webhook.allowed-hosts lets an internal host through)");
        });
    }

    private SigningSecret newSecret() {
        return SigningSecret.generate(randomBytes.get());
    }
}
