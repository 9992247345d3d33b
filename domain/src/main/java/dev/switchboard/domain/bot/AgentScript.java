package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the virtual agent says and understands, as data: topics, contextual actions, queues, prompts, and the
 * two numbers that tune it. Checked as a whole when built, so that a broken topic file stops the start instead of a
 * conversation.
 *
 * @param threshold    the lowest intent confidence (0..1) that starts a topic; below it the fallback runs
 * @param maxFallbacks after this many fallbacks in a row the reply sets takeControl: the primary bot should take over
 */
public record AgentScript(List<Topic> topics, List<ContextualAction> actions, List<AgentQueue> queues,
                          Prompts prompts, double threshold, int maxFallbacks) {

    public AgentScript {
        topics = List.copyOf(topics);
        actions = List.copyOf(actions);
        queues = List.copyOf(queues);
        if (!(threshold > 0 && threshold <= 1)) {
            throw new InvalidValueException("threshold", "must be more than 0 and at most 1, was " + threshold);
        }
        if (maxFallbacks < 1) {
            throw new InvalidValueException("maxFallbacks", "must be at least 1, was " + maxFallbacks);
        }
        unique(topics, topic -> topic.id().value(), "topic id");
        unique(topics, topic -> topic.name().toLowerCase(Locale.ROOT), "topic name");
        unique(queues, AgentQueue::name, "queue name");
        Set<String> queueNames = queues.stream().map(AgentQueue::name).collect(Collectors.toSet());
        for (Topic topic : topics) {
            topic.handoffQueue().filter(queue -> !queueNames.contains(queue)).ifPresent(queue -> {
                throw new InvalidValueException("handoffQueue", "topic " + Text.quoted(topic.name())
                        + " hands off to an unknown queue " + Text.quoted(queue));
            });
        }
        if (topics.stream().filter(Topic::takesAttachments).count() > 1) {
            throw new InvalidValueException("takesAttachments", "only one topic may take attachments");
        }
        Set<String> seen = new HashSet<>();
        for (ContextualAction action : actions) {
            for (String utterance : action.utterances()) {
                if (!seen.add(utterance)) {
                    throw new InvalidValueException("utterances", "contextual action utterance "
                            + Text.quoted(utterance) + " is used twice");
                }
            }
        }
    }

    /** A topic by id, or by name compared case-insensitively (the SWITCH example passes a name as intent.id). */
    public Optional<Topic> topic(String idOrName) {
        String wanted = idOrName.strip();
        return topics.stream()
                .filter(topic -> topic.id().value().equals(wanted) || topic.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public Optional<Topic> topic(SysId id) {
        return topics.stream().filter(topic -> topic.id().equals(id)).findFirst();
    }

    Optional<Topic> attachmentTopic() {
        return topics.stream().filter(Topic::takesAttachments).findFirst();
    }

    Optional<ContextualAction> action(String text, boolean withLiveAgent) {
        return actions.stream().filter(action -> action.triggeredBy(text, withLiveAgent)).findFirst();
    }

    Optional<AgentQueue> queueFor(Map<String, String> contextVariables) {
        return queues.stream().filter(queue -> queue.routes(contextVariables)).findFirst();
    }

    Optional<AgentQueue> queue(String name) {
        return queues.stream().filter(queue -> queue.name().equals(name)).findFirst();
    }

    private static <T> void unique(List<T> items, Function<T, String> key, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new InvalidValueException(what, "is used twice: " + Text.quoted(key.apply(item)));
            }
        }
    }
}
