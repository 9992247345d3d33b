package dev.switchboard.domain.bot;

/** What the virtual agent's last reply asked the user for, so that the next message is read as its answer. */
public enum Pending {
    NOTHING,
    /** A topic's input step (text, a picker choice, a file). */
    TOPIC_INPUT,
    /** The "I want to be sure I got this right" picker of the Agent contextual action. */
    AGENT_CHOICE,
    /** The "End conversation / Cancel" picker of the Bye contextual action. */
    END_CONFIRMATION
}
