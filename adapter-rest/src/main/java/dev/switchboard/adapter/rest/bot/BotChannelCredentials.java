package dev.switchboard.adapter.rest.bot;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * What this adapter reads of a channel ({@code switchboard.bot.channels.<name>}): the token that identifies it and
 * whether it answers synchronously. The channel's response endpoint and signing secret belong to the webhook adapter.
 */
@EachProperty("switchboard.bot.channels")
public final class BotChannelCredentials {

    private final String name;
    private String token;
    private String mode = "sync";

    BotChannelCredentials(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    boolean isAsync() {
        return "async".equals(mode);
    }
}
