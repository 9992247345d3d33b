package dev.switchboard.adapter.rest.security;

/** The roles a configured user can hold ({@code switchboard.security.users[].roles}). */
public final class Roles {

    /** A CCaaS integration: may call the five write operations of the Voice Interaction API. */
    public static final String VOICE_INTEGRATION = "voice_integration";
    /** A reader: may call the read extensions (GET). */
    public static final String VOICE_READER = "voice_reader";
    /** A primary bot or chat client using HTTP Basic: served by {@code switchboard.bot.basic-auth-channel}. */
    public static final String BOT_INTEGRATION = "bot_integration";
    /** Granted to a request that proved a channel's {@code token} header; never held by a configured user. */
    public static final String BOT_CHANNEL = "bot_channel";
    /** A person answering handed-off bot conversations through the live-agent API. */
    public static final String LIVE_AGENT = "live_agent";
    /** May call everything. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
