package dev.switchboard.domain.bot;

/** The request's {@code action}; a request without one is a message for the virtual agent. */
public enum BotAction {
    START_CONVERSATION,
    END_CONVERSATION,
    AGENT,
    SWITCH,
    CREATE_CONVERSATION,
    START_CREATED_CONVERSATION,
    FAULT_CONVERSATION,
    SEND_HISTORY,
    SET_USER_TIMEZONE,
    TYPING,
    VIEWING
}
