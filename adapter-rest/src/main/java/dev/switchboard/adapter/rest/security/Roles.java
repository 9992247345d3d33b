package dev.switchboard.adapter.rest.security;

/** The roles a configured user can hold ({@code switchboard.security.users[].roles}). */
public final class Roles {

    /** A CCaaS integration: may call the five write operations of the Voice Interaction API. */
    public static final String VOICE_INTEGRATION = "voice_integration";
    /** A reader: may call the read extensions (GET). */
    public static final String VOICE_READER = "voice_reader";
    /** May call everything. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
