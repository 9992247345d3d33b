package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.Text;
import java.util.Map;
import java.util.Optional;

/**
 * A live-agent queue. The AGENT action routes by the request's context variables: to the first queue whose
 * conditions all hold; a queue without conditions is reached only through a topic that names it.
 *
 * @param when     context variables and the values they must have
 * @param waitTime shown in a StartSpinner while the conversation waits ("8 Seconds"); none, no spinner
 */
public record AgentQueue(String name, Map<String, String> when, Optional<String> waitTime) {

    public AgentQueue {
        Text.required(name, "name");
        when = Map.copyOf(when);
    }

    boolean routes(Map<String, String> contextVariables) {
        return !when.isEmpty() && when.entrySet().stream()
                .allMatch(condition -> condition.getValue().equals(contextVariables.get(condition.getKey())));
    }
}
