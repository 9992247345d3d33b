package dev.switchboard.domain.bot;

import java.util.List;
import java.util.Objects;

/**
 * The virtual agent's own elements, as data: the greeting (the topic picker with its listed topics follows it), the
 * fallback, the end of a conversation, and the pickers and texts of the contextual actions.
 *
 * @param topicPicker    a TopicPickerControl; its options are filled with the listed topics
 * @param agentChoice    the Agent action's picker; its options are offered as given
 * @param endChoice      the Bye action's picker; option value "1" ends, "0" cancels
 * @param handoff        sent when a conversation is handed to a live agent
 */
public record Prompts(List<BodyElement> greeting, BodyElement topicPicker, List<BodyElement> fallback,
                      List<BodyElement> ended, BodyElement agentChoice, BodyElement endChoice,
                      List<BodyElement> cancelled, List<BodyElement> help, List<BodyElement> handoff,
                      List<BodyElement> notifications) {

    public Prompts {
        greeting = List.copyOf(greeting);
        Objects.requireNonNull(topicPicker, "topicPicker");
        fallback = List.copyOf(fallback);
        ended = List.copyOf(ended);
        Objects.requireNonNull(agentChoice, "agentChoice");
        Objects.requireNonNull(endChoice, "endChoice");
        cancelled = List.copyOf(cancelled);
        help = List.copyOf(help);
        handoff = List.copyOf(handoff);
        notifications = List.copyOf(notifications);
    }
}
