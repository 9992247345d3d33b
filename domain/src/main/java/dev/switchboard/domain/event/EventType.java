package dev.switchboard.domain.event;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event, by the names subscribers filter on. */
public enum EventType {
    INTERACTION_OPENED("interaction.opened"),
    CONVERSATION_CREATED("conversation.created"),
    TRANSCRIPT_MESSAGES_ADDED("transcript.messages_added"),
    TRANSCRIPT_SAVED("transcript.saved"),
    INTERACTION_CLOSED("interaction.closed"),
    /** An asynchronous channel's reply: its payload is the reply itself, as the primary bot expects it. */
    BOT_REPLY("bot.reply"),
    BOT_HANDOFF_REQUESTED("bot.handoff_requested"),
    BOT_CONVERSATION_ENDED("bot.conversation_ended"),
    /** An endpoint was disabled (410 Gone, or failing too long): told to the other endpoints subscribed to it. */
    ENDPOINT_DISABLED("webhook.endpoint_disabled");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> named(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }
}
