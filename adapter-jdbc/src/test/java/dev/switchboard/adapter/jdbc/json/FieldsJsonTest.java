package dev.switchboard.adapter.jdbc.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.shared.Fields;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON text of a Fields tree, and the tree read back from it: the same values, of the same types, in order. */
class FieldsJsonTest {

    @Test
    void everyKindOfValueIsWrittenAsJsonAndReadBackAsItWas() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("text", "Grüße \"quoted\"\n👋");
        values.put("whole", 3L);
        values.put("wholeDouble", 2.0);
        values.put("fraction", 0.75);
        values.put("big", 9_007_199_254_740_993L);
        values.put("flag", true);
        values.put("none", null);
        values.put("nested", Map.of("list", Arrays.asList(1L, null, "x", List.of())));
        Fields fields = Fields.of(values);

        String json = FieldsJson.write(fields);

        assertThat(json).isEqualTo("{\"text\":\"Grüße \\\"quoted\\\"\\n👋\",\"whole\":3,\"wholeDouble\":2.0,"
                + "\"fraction\":0.75,\"big\":9007199254740993,\"flag\":true,\"none\":null,"
                + "\"nested\":{\"list\":[1,null,\"x\",[]]}}");
        Fields read = (Fields) FieldsJson.read(json);
        assertThat(read).isEqualTo(fields);
        assertThat(read.asMap().keySet()).containsExactlyElementsOf(values.keySet());
        assertThat(read.get("wholeDouble")).isInstanceOf(Double.class);
        assertThat(read.get("whole")).isInstanceOf(Long.class);
    }

    @Test
    void aListOfFieldsIsReadBackAsAList() {
        List<Fields> list = List.of(Fields.of(Map.of("a", 1L)), Fields.empty());

        assertThat(FieldsJson.read(FieldsJson.write(list))).isEqualTo(list);
        assertThat(FieldsJson.write(List.of())).isEqualTo("[]");
    }
}
