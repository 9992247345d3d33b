package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A topic of the virtual agent, as data: the utterances that lead to it and the steps it runs. The virtual agent
 * sends steps up to and including the first that asks the user something, then waits for the answer; after the last
 * step the topic is over, and if it {@code endsConversation} so is the conversation.
 *
 * @param listed            offered in the topic pickers
 * @param handoffQueue      the live-agent queue the topic hands the conversation to after its steps, if any
 * @param takesAttachments  the topic an attachment goes to when no topic is waiting for one
 */
public record Topic(SysId id, String name, List<String> utterances, List<BodyElement> steps, boolean listed,
                    Optional<String> handoffQueue, boolean endsConversation, boolean takesAttachments) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Text.required(name, "name");
        utterances = List.copyOf(utterances);
        steps = List.copyOf(steps);
        Objects.requireNonNull(handoffQueue, "handoffQueue");
        if (steps.isEmpty() && handoffQueue.isEmpty()) {
            throw new InvalidValueException("steps", "topic " + Text.quoted(name) + " has no steps and hands off to nobody");
        }
        if (takesAttachments && steps.stream().noneMatch(step -> step.uiType() == UiType.FileUpload)) {
            throw new InvalidValueException("takesAttachments", "topic " + Text.quoted(name) + " has no FileUpload step");
        }
    }

    /** The index of the step after the topic's file upload, where an attachment sent out of the blue continues. */
    int afterFileUpload() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).uiType() == UiType.FileUpload) {
                return i + 1;
            }
        }
        throw new IllegalStateException("topic " + name + " has no FileUpload step");
    }
}
