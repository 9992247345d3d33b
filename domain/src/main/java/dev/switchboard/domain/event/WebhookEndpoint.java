package dev.switchboard.domain.event;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A subscription: where events of the chosen types go, the secrets their signatures use, how the delivery
 * authenticates, and whether the endpoint is enabled.
 *
 * <p>Secrets rotate with an overlap: the new secret signs from now on, and the previous one keeps signing beside it
 * (a second {@code v1,} signature) until the overlap ends, so a receiver can switch keys without losing a delivery.
 *
 * <p>An endpoint that answers 410 Gone, or that keeps failing for longer than the disable span, is disabled: it gets
 * no new deliveries until an operator enables it again. {@link #failingSince()} remembers when the current run of
 * failures began; any success ends it.
 *
 * <p>Stores keep the {@link #version()} they read, and refuse an update made from an older copy.
 */
public final class WebhookEndpoint {

    public static final int MAX_DESCRIPTION = 1024;
    public static final int MAX_URL = 2048;

    private final EndpointName name;
    private final URI url;
    private final String description;
    private final Set<EventType> eventTypes;
    private final List<Key> keys;
    private final OutboundAuth auth;
    private final Status status;
    private final Optional<Instant> failingSince;
    private final Source source;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private WebhookEndpoint(Snapshot snapshot) {
        this.name = snapshot.name();
        this.url = snapshot.url();
        this.description = snapshot.description();
        this.eventTypes = snapshot.eventTypes();
        this.keys = snapshot.keys();
        this.auth = snapshot.auth();
        this.status = snapshot.status();
        this.failingSince = snapshot.failingSince();
        this.source = snapshot.source();
        this.createdAt = snapshot.createdAt();
        this.updatedAt = snapshot.updatedAt();
        this.version = snapshot.version();
    }

    /** A new, enabled endpoint, version 0. */
    public static WebhookEndpoint create(EndpointName name, Settings settings, SigningSecret secret, Source source,
                                         Instant now) {
        return new WebhookEndpoint(new Snapshot(name, settings.url(), settings.description(), settings.eventTypes(),
                List.of(new Key(secret, Optional.empty())), settings.auth(), Status.ENABLED, Optional.empty(),
                source, now, now, 0));
    }

    public static WebhookEndpoint restore(Snapshot snapshot) {
        return new WebhookEndpoint(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(name, url, description, eventTypes, keys, auth, status, failingSince, source, createdAt,
                updatedAt, version);
    }

    /** What an administrator chooses; the rest (secrets, status, failures) the endpoint's life decides. */
    public Settings settings() {
        return new Settings(url, description, eventTypes, auth);
    }

    /** New settings; the secrets, the status and the version stay. */
    public WebhookEndpoint reconfigure(Settings settings, Instant now) {
        return with(settings.url(), settings.description(), settings.eventTypes(), keys, settings.auth(), status,
                failingSince, now);
    }

    /**
     * {@code next} signs from now on; the current secret keeps signing beside it until {@code now + overlap}. Secrets
     * whose overlap already ended are dropped.
     */
    public WebhookEndpoint rotate(SigningSecret next, Duration overlap, Instant now) {
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("a negative overlap");
        }
        List<Key> rotated = new ArrayList<>();
        rotated.add(new Key(next, Optional.empty()));
        rotated.add(new Key(currentSecret(), Optional.of(now.plus(overlap))));
        keys.stream().skip(1).filter(key -> key.validAt(now)).forEach(rotated::add);
        return with(url, description, eventTypes, rotated, auth, status, failingSince, now);
    }

    public WebhookEndpoint disable(String reason, Instant now) {
        return with(url, description, eventTypes, keys, auth, new Status(false, Optional.of(reason), Optional.of(now)),
                failingSince, now);
    }

    /** Enabled again, with a clean record: the failures before it was disabled no longer count. */
    public WebhookEndpoint enable(Instant now) {
        return with(url, description, eventTypes, keys, auth, Status.ENABLED, Optional.empty(), now);
    }

    /**
     * An attempt failed at {@code now}. The first failure after a success starts the failing span; a failure
     * {@code disableAfter} or longer after the span began disables the endpoint.
     *
     * @return the endpoint after the failure: the same object when nothing changed (a failure inside a running span)
     */
    public WebhookEndpoint failed(Instant now, Duration disableAfter) {
        if (!status.enabled()) {
            return this;
        }
        if (failingSince.isEmpty()) {
            return with(url, description, eventTypes, keys, auth, status, Optional.of(now), now);
        }
        if (!now.isBefore(failingSince.get().plus(disableAfter))) {
            return disable("failing since " + failingSince.get(), now);
        }
        return this;
    }

    /** An attempt succeeded: the failing span, if any, ends. The same object when there was none. */
    public WebhookEndpoint succeeded(Instant now) {
        return failingSince.isEmpty() ? this
                : with(url, description, eventTypes, keys, auth, status, Optional.empty(), now);
    }

    /** Enabled and subscribed to {@code type}. */
    public boolean wants(EventType type) {
        return status.enabled() && eventTypes.contains(type);
    }

    /** The secrets that sign a delivery made at {@code now}: the current one first. */
    public List<SigningSecret> signingSecrets(Instant now) {
        return keys.stream().filter(key -> key.validAt(now)).map(Key::secret).toList();
    }

    public SigningSecret currentSecret() {
        return keys.get(0).secret();
    }

    /** Until when the previous secret still signs, if a rotation's overlap is running at {@code now}. */
    public Optional<Instant> previousSecretValidUntil(Instant now) {
        return keys.stream().skip(1).filter(key -> key.validAt(now)).map(key -> key.expiresAt().orElseThrow())
                .max(Instant::compareTo);
    }

    public EndpointName name() {
        return name;
    }

    public URI url() {
        return url;
    }

    public String description() {
        return description;
    }

    public Set<EventType> eventTypes() {
        return eventTypes;
    }

    public OutboundAuth auth() {
        return auth;
    }

    public Status status() {
        return status;
    }

    public boolean enabled() {
        return status.enabled();
    }

    public Optional<Instant> failingSince() {
        return failingSince;
    }

    public Source source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    private WebhookEndpoint with(URI url, String description, Set<EventType> eventTypes, List<Key> keys,
                                 OutboundAuth auth, Status status, Optional<Instant> failingSince, Instant now) {
        return new WebhookEndpoint(new Snapshot(name, url, description, eventTypes, keys, auth, status, failingSince,
                source, createdAt, now, version));
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[" + name + " " + url + (status.enabled() ? "" : " disabled") + "]";
    }

    /**
     * What an administrator sets.
     *
     * @param eventTypes at least one; {@code bot.reply} is only for the bot channels' own endpoints
     */
    public record Settings(URI url, String description, Set<EventType> eventTypes, OutboundAuth auth) {

        public Settings {
            url = checkedUrl(url);
            description = Text.atMost(description == null ? "" : description, MAX_DESCRIPTION, "description");
            if (eventTypes == null || eventTypes.isEmpty()) {
                throw new InvalidValueException("eventTypes", "must name at least one event type");
            }
            if (eventTypes.contains(EventType.BOT_REPLY)) {
                throw new InvalidValueException("eventTypes", "bot.reply goes to a bot channel's response URL,"
                        + " not to an endpoint");
            }
            eventTypes = Set.copyOf(EnumSet.copyOf(eventTypes));
            Objects.requireNonNull(auth, "auth");
        }

        public Settings withAuth(OutboundAuth auth) {
            return new Settings(url, description, eventTypes, auth);
        }

        /** Every event type an endpoint may subscribe to: all but {@code bot.reply}. */
        public static Set<EventType> allEventTypes() {
            return EnumSet.complementOf(EnumSet.of(EventType.BOT_REPLY));
        }

        /** An absolute http(s) URL with a host, no user info and no fragment, at most {@value #MAX_URL}. */
        public static URI parseUrl(String value, String field) {
            String given = Text.required(value, field).trim();
            if (given.length() > MAX_URL) {
                throw new InvalidValueException(field, "must be at most " + MAX_URL + " characters");
            }
            try {
                return check(new URI(given), field);
            } catch (URISyntaxException e) {
                throw new InvalidValueException(field, "is not a URL: " + e.getReason());
            }
        }

        private static URI checkedUrl(URI url) {
            Objects.requireNonNull(url, "url");
            return check(url, "url");
        }

        private static URI check(URI url, String field) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                throw new InvalidValueException(field, "must be an http:// or https:// URL with a host");
            }
            if (url.getRawUserInfo() != null) {
                throw new InvalidValueException(field, "must not carry credentials; use auth");
            }
            if (url.getRawFragment() != null) {
                throw new InvalidValueException(field, "must not have a #fragment");
            }
            return url;
        }
    }

    /** A signing secret; {@code expiresAt} is set on a previous secret whose rotation overlap is running. */
    public record Key(SigningSecret secret, Optional<Instant> expiresAt) {

        public Key {
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        boolean validAt(Instant now) {
            return expiresAt.isEmpty() || now.isBefore(expiresAt.get());
        }
    }

    /** Enabled, or disabled with why and when. */
    public record Status(boolean enabled, Optional<String> disabledReason, Optional<Instant> disabledAt) {

        public static final Status ENABLED = new Status(true, Optional.empty(), Optional.empty());

        public Status {
            Objects.requireNonNull(disabledReason, "disabledReason");
            Objects.requireNonNull(disabledAt, "disabledAt");
        }
    }

    /** Where an endpoint was defined: configuration files are applied again at every start, the API's are not. */
    public enum Source {
        CONFIGURATION,
        API
    }

    /**
     * Everything stored of an endpoint.
     *
     * @param keys    the current secret first, then previous ones whose overlap may still run
     * @param version the version this copy was read at; 0 for an endpoint never stored
     */
    public record Snapshot(EndpointName name, URI url, String description, Set<EventType> eventTypes, List<Key> keys,
                           OutboundAuth auth, Status status, Optional<Instant> failingSince, Source source,
                           Instant createdAt, Instant updatedAt, long version) {

        public Snapshot {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(description, "description");
            eventTypes = Set.copyOf(eventTypes);
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("an endpoint has a signing secret");
            }
            Objects.requireNonNull(auth, "auth");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(failingSince, "failingSince");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }
}
