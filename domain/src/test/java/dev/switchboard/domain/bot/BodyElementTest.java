package dev.switchboard.domain.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodyElementTest {

    @Test
    void theGroupIsFilledInFromTheUiTypeAndPlacedAfterIt() {
        BodyElement element = BodyElement.of(Map.of("uiType", "InputText", "label", "limo input:"));

        assertThat(element.fields().asMap().keySet()).startsWith("uiType", "group");
        assertThat(element.fields().get("group")).isEqualTo("DefaultText");
    }

    @Test
    void theTablesRulesAreEnforcedNamingTheField() {
        assertRefused(Map.of("uiType", "Carousel"), "uiType");
        assertRefused(Map.of("uiType", "OutputText", "group", "DefaultPicker"), "group");
        assertRefused(Map.of("uiType", "OutputText", "maskType", "HIDDEN"), "maskType");
        assertRefused(Map.of("uiType", "OutputText", "itemType", "List"), "itemType");
        assertRefused(Map.of("uiType", "OutputText", "maxCount", 1), "maxCount");
        assertRefused(Map.of("uiType", "OutputText", "options", List.of()), "options");
        assertRefused(Map.of("uiType", "ActionMsg"), "actionType");
        assertRefused(Map.of("uiType", "ActionMsg", "actionType", "Dance"), "actionType");
        assertRefused(Map.of("uiType", "ActionMsg", "actionType", "StartTypingIndicator", "waitTime", "8 Seconds"),
                "waitTime");
        assertRefused(Map.of("uiType", "OutputText", "colour", "red"), "colour");
    }

    @Test
    void elementsTheSeedPrintsAreAccepted() {
        BodyElement.of(Map.of("uiType", "ActionMsg", "actionType", "StartSpinner", "spinnerType", "wait_time",
                "message", "Routing you to a live agent...", "waitTime", "8 Seconds"));
        BodyElement.of(Map.of("uiType", "FileUpload", "maxCount", 1, "maxSize", 10, "itemType", "File"));
        BodyElement.of(Map.of("uiType", "Picker", "itemType", "List", "style", "list", "multiSelect", false,
                "options", List.of(Map.of("label", "a", "value", "1", "renderStyle", "data"))));
    }

    private static void assertRefused(Map<String, Object> fields, String field) {
        assertThatThrownBy(() -> BodyElement.of(fields)).isInstanceOf(InvalidValueException.class)
                .extracting(failure -> ((InvalidValueException) failure).field()).isEqualTo(field);
    }
}
