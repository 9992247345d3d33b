package dev.switchboard.application.service;

import dev.switchboard.domain.bot.AgentQueue;
import dev.switchboard.domain.bot.AgentScript;
import dev.switchboard.domain.bot.BodyElement;
import dev.switchboard.domain.bot.ContextualAction;
import dev.switchboard.domain.bot.Prompts;
import dev.switchboard.domain.bot.Topic;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The smallest script the services' tests need: a greeting, a topic that hands off, and the prompts. */
final class BotTestScript {

    static final SysId LIVE_AGENT_TOPIC = SysId.of("ce2ee85053130010cf8cddeeff7b12bf");

    private BotTestScript() {
    }

    static BodyElement text(String value) {
        return BodyElement.of(Map.of("uiType", "OutputText", "value", value));
    }

    static AgentScript create() {
        BodyElement picker = BodyElement.of(Map.of("uiType", "Picker", "label", "Which?"));
        return new AgentScript(
                List.of(new Topic(LIVE_AGENT_TOPIC, "Live Agent Support.", List.of("talk to a person"),
                        List.of(text("Please stand by.")), true, Optional.of("general"), false, false)),
                List.of(new ContextualAction(ContextualAction.Kind.HI, Set.of("hi"), ContextualAction.Scope.BOTH)),
                List.of(new AgentQueue("general", Map.of(), Optional.empty())),
                new Prompts(List.of(text("Hi!")), BodyElement.of(Map.of("uiType", "TopicPickerControl")),
                        List.of(text("Sorry?")), List.of(text("Ended.")), picker, picker, List.of(), List.of(),
                        List.of(text("Stand by.")), List.of()),
                0.5, 3);
    }
}
