package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.bot.AgentScript;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The script file: the shipped one reads, and a broken one names the file and the line of the entry at fault. */
class AgentScriptFileTest {

    private static final String VALID = """
            threshold: 0.5
            max-fallbacks: 2
            queues:
              - name: general
            prompts:
              greeting: [ { uiType: OutputText, value: "Hi" } ]
              topic-picker: { uiType: TopicPickerControl }
              agent-choice: { uiType: Picker }
              end-choice: { uiType: Picker }
            topics:
              - id: ce2ee85053130010cf8cddeeff7b12bf
                name: "Live Agent Support."
                handoff-queue: general
                steps:
                  - { uiType: OutputText, value: "Stand by" }
            """;

    @Test
    void theShippedScriptReadsAndReproducesTheSeedsTopics() {
        AgentScript script = AgentScriptFile.readResource("bot/virtual-agent.yml");

        assertThat(script.topics()).extracting(topic -> topic.name()).contains("Live Agent Support.",
                "Virtual Agent Capabilities.", "Saloon Vehicle", "Test File upload");
        assertThat(script.topic("ce2ee85053130010cf8cddeeff7b12bf")).isPresent();
    }

    @Test
    void aSmallValidScriptReads() {
        AgentScript script = AgentScriptFile.read(new StringReader(VALID), "mine.yml");

        assertThat(script.maxFallbacks()).isEqualTo(2);
        assertThat(script.topics()).hasSize(1);
    }

    @Test
    void aBodyElementTheTableRefusesNamesFileLineAndField() {
        String broken = VALID.replace("{ uiType: OutputText, value: \"Stand by\" }",
                "{ uiType: OutputText, value: \"Stand by\", maskType: HIDDEN }");

        assertThatThrownBy(() -> AgentScriptFile.read(new StringReader(broken), "mine.yml"))
                .hasMessageStartingWith("mine.yml, line 15: ").hasMessageContaining("'maskType'");
    }

    @Test
    void anUnknownKeyAQueueThatDoesNotExistAndBrokenYamlAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> AgentScriptFile.read(new StringReader(VALID.replace("handoff-queue", "handof-queue")),
                "mine.yml")).hasMessageStartingWith("mine.yml, line 11: unknown key 'handof-queue'");
        assertThatThrownBy(() -> AgentScriptFile.read(new StringReader(VALID.replace("handoff-queue: general",
                "handoff-queue: elsewhere")), "mine.yml")).hasMessageStartingWith("mine.yml, line 1: ")
                .hasMessageContaining("unknown queue");
        assertThatThrownBy(() -> AgentScriptFile.read(new StringReader(VALID + "  - [unclosed"), "mine.yml"))
                .hasMessageStartingWith("mine.yml: ").hasMessageContaining("line");
    }
}
