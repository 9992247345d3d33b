package dev.switchboard.application.service;

import dev.switchboard.application.port.in.BotChannel;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The configured channels by name. A request names only channels its credentials proved, so a miss is a bug. */
final class BotChannels {

    private final Map<String, BotChannel> byName;

    BotChannels(List<BotChannel> channels) {
        this.byName = channels.stream().collect(Collectors.toUnmodifiableMap(BotChannel::name, Function.identity()));
    }

    BotChannel named(String name) {
        BotChannel channel = byName.get(name);
        if (channel == null) {
            throw new IllegalStateException("no channel is configured with the name " + name);
        }
        return channel;
    }
}
