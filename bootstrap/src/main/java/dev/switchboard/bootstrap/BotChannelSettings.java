package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.BotChannel;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.util.Locale;

/**
 * What the use cases need of a channel ({@code switchboard.bot.channels.<name>}): its mode and whether replies are
 * framed by typing indicators. The token is read by adapter-rest, the response endpoint and secret by
 * adapter-webhook: each adapter binds the keys it uses.
 */
@EachProperty("switchboard.bot.channels")
final class BotChannelSettings {

    private final String name;
    private String mode = "sync";
    private boolean typingIndicators;

    BotChannelSettings(@Parameter String name) {
        this.name = name;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public void setTypingIndicators(boolean typingIndicators) {
        this.typingIndicators = typingIndicators;
    }

    BotChannel channel() {
        BotChannel.ReplyMode replyMode = switch (mode.toLowerCase(Locale.ROOT)) {
            case "sync" -> BotChannel.ReplyMode.SYNC;
            case "async" -> BotChannel.ReplyMode.ASYNC;
            default -> throw new IllegalStateException("switchboard.bot.channels." + name
                    + ".mode must be sync or async, was " + mode);
        };
        return new BotChannel(name, replyMode, typingIndicators);
    }
}
