package dev.switchboard.domain.assistant;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A voice assistant as an administrator defines it: a name, the provider application it is deployed to, and its
 * channels, at most one of each {@link ChannelKind}. The seed makes the provider application required for every
 * channel type, so an assistant cannot be stored without one; it is free text (the name of the administrator's own
 * application record, e.g. "Twilio Voice – EMEA"), not a list Switchboard keeps, because the channels, not the
 * provider application, decide which protocols connect.
 *
 * <p>Reconfiguring keeps what was generated for a channel that stays (its ids and secrets), generates new values for a
 * channel that is added, and forgets a channel that is left out. Rotating a channel's secrets keeps the replaced ones
 * valid for an overlap.
 *
 * <p>Stores keep the {@link #version()} they read, and refuse an update made from an older copy.
 */
public final class VoiceAssistant {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1024;
    public static final int MAX_PROVIDER_APPLICATION = 100;

    private final SysId id;
    private final String name;
    private final String description;
    private final String providerApplication;
    private final Map<ChannelKind, Channel> channels;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private VoiceAssistant(Snapshot snapshot) {
        this.id = snapshot.id();
        this.name = snapshot.name();
        this.description = snapshot.description();
        this.providerApplication = snapshot.providerApplication();
        this.channels = snapshot.channels();
        this.createdAt = snapshot.createdAt();
        this.updatedAt = snapshot.updatedAt();
        this.version = snapshot.version();
    }

    /** A new assistant, version 0, with new ids and secrets for each of its channels. */
    public static VoiceAssistant create(SysId id, Settings settings, SipTrunks trunks, RandomSource random,
                                        Instant now) {
        return new VoiceAssistant(new Snapshot(id, settings.name(), settings.description(),
                settings.providerApplication(), channels(Map.of(), settings.channels(), trunks, random), now, now, 0));
    }

    public static VoiceAssistant restore(Snapshot snapshot) {
        return new VoiceAssistant(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, name, description, providerApplication, channels, createdAt, updatedAt, version);
    }

    /** What an administrator chose; a write-only secret (Twilio's auth token) is in it, for an update that keeps it. */
    public Settings settings() {
        return new Settings(name, description, providerApplication,
                channels.values().stream().map(Channel::settings).toList());
    }

    /**
     * The assistant with these settings: a channel that stays keeps its generated values, an added one gets new ones,
     * one left out is gone.
     */
    public VoiceAssistant reconfigure(Settings settings, SipTrunks trunks, RandomSource random, Instant now) {
        return new VoiceAssistant(new Snapshot(id, settings.name(), settings.description(),
                settings.providerApplication(), channels(channels, settings.channels(), trunks, random), createdAt,
                now, version));
    }

    /**
     * New generated secrets for the channel of this kind; the replaced ones stay valid until {@code now + overlap}.
     *
     * @throws InvalidValueException naming {@code kind} when the assistant has no such channel, or the channel no
     *                               generated secret
     */
    public VoiceAssistant rotate(ChannelKind kind, RandomSource random, Duration overlap, Instant now) {
        Channel channel = channel(kind).orElseThrow(() -> new InvalidValueException("kind",
                "the assistant has no " + kind + " channel"));
        Map<ChannelKind, Channel> rotated = new EnumMap<>(channels);
        rotated.put(kind, channel.rotate(random, overlap, now));
        return new VoiceAssistant(new Snapshot(id, name, description, providerApplication, rotated, createdAt, now,
                version));
    }

    public Optional<Channel> channel(ChannelKind kind) {
        return Optional.ofNullable(channels.get(kind));
    }

    /** In the order of {@link ChannelKind}. */
    public Collection<Channel> channels() {
        return channels.values();
    }

    public SysId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String providerApplication() {
        return providerApplication;
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

    @Override
    public String toString() {
        return "VoiceAssistant[" + id + " " + Text.quoted(name) + " " + channels.keySet() + "]";
    }

    private static Map<ChannelKind, Channel> channels(Map<ChannelKind, Channel> before, List<ChannelSettings> wanted,
                                                      SipTrunks trunks, RandomSource random) {
        Map<ChannelKind, Channel> after = new EnumMap<>(ChannelKind.class);
        for (ChannelSettings settings : wanted) {
            after.put(settings.kind(), settings.configure(Optional.ofNullable(before.get(settings.kind())), trunks,
                    random));
        }
        return after;
    }

    /**
     * What an administrator sets.
     *
     * @param providerApplication required: the application the assistant is deployed to
     * @param channels            at most one per kind; none is allowed (an assistant being set up)
     */
    public record Settings(String name, String description, String providerApplication,
                           List<ChannelSettings> channels) {

        public Settings {
            name = Text.atMost(Text.required(name, "name").strip(), MAX_NAME, "name");
            description = Text.atMost(description == null ? "" : description, MAX_DESCRIPTION, "description");
            providerApplication = Text.atMost(Text.required(providerApplication, "providerApplication").strip(),
                    MAX_PROVIDER_APPLICATION, "providerApplication");
            channels = List.copyOf(channels);
            if (channels.stream().map(ChannelSettings::kind).distinct().count() < channels.size()) {
                throw new InvalidValueException("channels", "an assistant has at most one channel of each kind");
            }
        }
    }

    /**
     * Everything stored of an assistant.
     *
     * @param version the version this copy was read at; 0 for an assistant never stored
     */
    public record Snapshot(SysId id, String name, String description, String providerApplication,
                           Map<ChannelKind, Channel> channels, Instant createdAt, Instant updatedAt, long version) {

        public Snapshot {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(providerApplication, "providerApplication");
            EnumMap<ChannelKind, Channel> byKind = new EnumMap<>(ChannelKind.class);
            channels.forEach((kind, channel) -> {
                if (channel.kind() != kind) {
                    throw new IllegalArgumentException("a " + channel.kind() + " channel filed as " + kind);
                }
                byKind.put(kind, channel);
            });
            channels = java.util.Collections.unmodifiableMap(byKind);
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }
}
