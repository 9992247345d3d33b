package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A small script with one of everything, built in code so that the domain's tests need no file. */
final class SampleScript {

    static final SysId LIVE_AGENT = SysId.of("ce2ee85053130010cf8cddeeff7b12bf");
    static final SysId LIMO = SysId.of("a9d3c1e2db812010d3d6d9595e9619a1");
    static final SysId MODEL = SysId.of("8373e55cdb8120108249f7541d96196d");
    static final SysId UPLOAD = SysId.of("76c1f4b2db7520108249f7541d9619a7");

    private SampleScript() {
    }

    static BodyElement text(String value) {
        return BodyElement.of(Map.of("uiType", "OutputText", "value", value));
    }

    static BodyElement input(String label) {
        return BodyElement.of(Map.of("uiType", "InputText", "label", label));
    }

    static BodyElement picker(String label, String... values) {
        List<Fields> options = java.util.Arrays.stream(values)
                .map(value -> Fields.builder().put("label", value).put("value", value).build()).toList();
        return new BodyElement(Fields.builder().put("uiType", "Picker").put("label", label).put("options", options)
                .build());
    }

    static AgentScript create() {
        return create(2);
    }

    static AgentScript create(int maxFallbacks) {
        List<Topic> topics = List.of(
                new Topic(LIVE_AGENT, "Live Agent Support.", List.of("talk to a live agent"),
                        List.of(text("Please stand by.")), true, Optional.of("general"), false, false),
                new Topic(LIMO, "Saloon Vehicle", List.of("book a limo"), List.of(input("limo input:"),
                        text("Noted.")), true, Optional.empty(), false, false),
                new Topic(MODEL, "Vehicle Model", List.of("which model is the most popular choice"),
                        List.of(input("model input:")), true, Optional.empty(), false, false),
                new Topic(UPLOAD, "Test File upload", List.of("upload a file"),
                        List.of(BodyElement.of(Map.of("uiType", "FileUpload", "label", "Upload")), text("File got")),
                        false, Optional.empty(), true, true));
        List<ContextualAction> actions = List.of(
                new ContextualAction(ContextualAction.Kind.HI, Set.of("hi", "hola"), ContextualAction.Scope.VIRTUAL_AGENT),
                new ContextualAction(ContextualAction.Kind.BYE, Set.of("bye", "choa"), ContextualAction.Scope.BOTH),
                new ContextualAction(ContextualAction.Kind.AGENT, Set.of("agent"), ContextualAction.Scope.VIRTUAL_AGENT));
        List<AgentQueue> queues = List.of(new AgentQueue("general", Map.of(), Optional.empty()),
                new AgentQueue("hr", Map.of("b2b_category", "hr"), Optional.of("8 Seconds")));
        Prompts prompts = new Prompts(List.of(text("Hi!")), BodyElement.of(Map.of("uiType", "TopicPickerControl",
                "label", "Show me everything")), List.of(text("Sorry?")), List.of(text("Ended.")),
                picker("Which?", "Live Agent Support.", "-1"), picker("Sure?", "1", "0"), List.of(text("OK.")),
                List.of(text("Help.")), List.of(text("Stand by.")), List.of(text("None.")));
        return new AgentScript(topics, actions, queues, prompts, 0.45, maxFallbacks);
    }
}
