package dev.switchboard.domain.bot;

/** Where a session stands with the human side. */
public enum AgentState {
    /** The virtual agent answers. */
    NONE,
    /** Handed off, waiting in a queue for a live agent to accept. */
    WAITING,
    /** A live agent accepted; the user's messages go to them. */
    CONNECTED
}
