package dev.switchboard.adapter.rest.bot;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * The configured channels as the endpoint needs them: which one a {@code token} header proves, which one serves
 * HTTP Basic users, and whether a channel answers synchronously. A channel without a token is reached through Basic
 * only. Checked at start: two channels with one token, a blank token, a mode other than sync/async, or a
 * basic-auth-channel naming no channel stop the start.
 */
@Singleton
public final class BotChannelDirectory {

    private final List<BotChannelCredentials> channels;
    private final String basicAuthChannel;

    BotChannelDirectory(List<BotChannelCredentials> channels,
                        @Nullable @Value("${switchboard.bot.basic-auth-channel:}") String basicAuthChannel) {
        this.channels = List.copyOf(channels);
        this.basicAuthChannel = basicAuthChannel == null || basicAuthChannel.isBlank() ? null : basicAuthChannel;
        for (BotChannelCredentials channel : channels) {
            String key = "switchboard.bot.channels." + channel.getName();
            if (channel.getToken() != null && channel.getToken().isBlank()) {
                throw new IllegalStateException(key + ".token is blank; leave it out for a channel reached through"
                        + " Basic only");
            }
            if (!"sync".equals(channel.getMode()) && !"async".equals(channel.getMode())) {
                throw new IllegalStateException(key + ".mode must be sync or async, was " + channel.getMode());
            }
            if (channel.getToken() != null
                    && channels.stream().filter(other -> channel.getToken().equals(other.getToken())).count() > 1) {
                throw new IllegalStateException(key + ".token is also another channel's token");
            }
        }
        if (this.basicAuthChannel != null && byName(this.basicAuthChannel).isEmpty()) {
            throw new IllegalStateException("switchboard.bot.basic-auth-channel names no configured channel: "
                    + basicAuthChannel);
        }
    }

    /** The channel whose token this is. Compares every token in constant time, so timing tells nothing. */
    Optional<String> channelWithToken(String token) {
        byte[] offered = token.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (BotChannelCredentials channel : channels) {
            if (channel.getToken() != null
                    && MessageDigest.isEqual(offered, channel.getToken().getBytes(StandardCharsets.UTF_8))) {
                found = channel.getName();
            }
        }
        return Optional.ofNullable(found);
    }

    Optional<String> basicAuthChannel() {
        return Optional.ofNullable(basicAuthChannel);
    }

    boolean isAsync(String channel) {
        return byName(channel).map(BotChannelCredentials::isAsync).orElse(false);
    }

    private Optional<BotChannelCredentials> byName(String name) {
        return channels.stream().filter(channel -> channel.getName().equals(name)).findFirst();
    }
}
