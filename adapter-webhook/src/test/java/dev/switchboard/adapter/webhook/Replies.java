package dev.switchboard.adapter.webhook;

import dev.switchboard.adapter.webhook.destination.Resolver;
import dev.switchboard.domain.bot.BodyElement;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.bot.SessionKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Replies, sessions and an adapter pointed at a {@link Receiver}, with retry waits short enough for tests. */
final class Replies {

    static final String CHANNEL = "async-test";

    private Replies() {
    }

    static SessionKey session(String clientSessionId) {
        return SessionKey.of(CHANNEL, clientSessionId, "user-1");
    }

    /** A one-line text reply; {@code requestId} lets the receiver tell replies apart. */
    static BotReply reply(String requestId, String clientSessionId) {
        return new BotReply(requestId, clientSessionId, null, Fields.of(Map.of("text", "hi", "typed", true)),
                "user-1", List.of(BodyElement.of(Map.of("uiType", "OutputText", "value", "Hello"))),
                false, false, false, 1.0, Fields.empty());
    }

    static WebhookSettings settings(List<String> allowedHosts, int maxPending, Duration shutdownGrace) {
        return new WebhookSettings(allowedHosts, 4, List.of(Duration.ofMillis(100), Duration.ofMillis(200)),
                Duration.ofSeconds(2), Duration.ofSeconds(5), maxPending, shutdownGrace, 64, 8, Duration.ofSeconds(30));
    }

    /** Replies to {@code receiver}, which is allow-listed (it listens on 127.0.0.1). */
    static WebhookBotReplies to(Receiver receiver, RecordingListener listener) {
        return to(receiver, listener, settings(List.of("127.0.0.1"), 10_000, Duration.ofSeconds(5)));
    }

    static WebhookBotReplies to(Receiver receiver, RecordingListener listener, WebhookSettings settings) {
        return to(receiver.url().toString(), receiver.secret(), listener, settings, Resolver.DNS);
    }

    static WebhookBotReplies to(String url, String secret, RecordingListener listener, WebhookSettings settings,
                                Resolver resolver) {
        return new WebhookBotReplies(List.of(new WebhookChannel(CHANNEL, "async", url, secret)), settings, resolver,
                listener, Clock.systemUTC());
    }
}
