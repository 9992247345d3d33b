package dev.switchboard.adapter.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that parse but must not be stored: characters XML cannot carry (in any field, and anywhere inside
 * attributes, keys included), values past the input limits, Unicode-blank required fields, a field sent twice under
 * case folding, and numbers that are no numbers. Each is an {@link InvalidValueException} naming the field.
 */
class HostileValuesTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";

    private final RequestReader lenient = new RequestReader(Leniency.VENDOR_COMPATIBLE, TranscriptPolicy.defaults());
    private final RequestReader strict = new RequestReader(Leniency.STRICT, TranscriptPolicy.defaults());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\ud800", "\\udfff", "\\uffff", "\\ufffe"})
    void aCharacterXmlCannotCarryIsRefusedInEveryTextField(String escape) {
        assertRefused(() -> lenient.startVoiceInteraction(json("{\"userId\":\"a" + escape + "\"}")), "userId");
        for (String field : List.of("agentId", "clientSessionId", "inboundId")) {
            assertRefused(() -> lenient.startVoiceInteraction(json("{\"userId\":\"u\",\"" + field + "\":\"a" + escape
                    + "\"}")), field);
        }
        assertRefused(() -> messages(message("\"content\":\"a" + escape + "\"")), "messages[0].content");
        assertRefused(() -> messages(message("\"id\":\"a" + escape + "\"")), "messages[0].id");
        assertRefused(() -> messages(message("\"attributes\":[{\"key\":\"a" + escape + "\"}]")),
                "messages[0].attributes[0].key");
        assertRefused(() -> messages(message("\"attributes\":[{\"a" + escape + "\":1}]")), "messages[0].attributes[0] (a key)");
        assertRefused(() -> messages(message("\"attributes\":[[[\"deep" + escape + "\"]]]")), "messages[0].attributes[0][0][0]");
        assertRefused(() -> lenient.saveTranscript(null, json("{\"interactionId\":\"x\",\"source\":\"a" + escape + "\"}")),
                "source");
    }

    @Test
    void anXmlBodyCannotSmuggleAControlCharacterInEither() {
        String xml = "<?xml version=\"1.1\"?><request><userId>a&#1;b</userId></request>";

        assertRefused(() -> lenient.startVoiceInteraction(lenient.parse(xml, BodyFormat.XML)), "userId");
    }

    @Test
    void tabsNewlinesAndAstralCharactersAreFine() {
        List<Utterance> read = messages(message("\"content\":\"a\\tb\\nc\\r\\ud83d\\ude00 \u00e9\","
                + "\"attributes\":[{\"k\\u00e9y\":\"\\ud83d\\ude00\"}]"));

        assertThat(read.get(0).content()).isEqualTo("a\tb\nc\r\uD83D\uDE00 é");
        assertThat(read.get(0).attributesJson()).isEqualTo("[{\"kéy\":\"\uD83D\uDE00\"}]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u202F", "\u3000", "\u2007\u200B", " \u00A0 "})
    void aUserIdOfUnicodeSpacesIsMissing(String spaces) {
        assertRefused(() -> lenient.startVoiceInteraction(json("{\"userId\":\"" + spaces + "\"}")), "userId");
    }

    @Test
    void aFieldSentTwiceUnderCaseFoldingIsRefusedNamingIt() {
        assertThatThrownBy(() -> lenient.startVoiceInteraction(json("{\"userId\":\"a\",\"USERID\":\"b\"}")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("userId");
                    assertThat(e.reason()).isEqualTo("is sent twice, as 'userId' and 'USERID'");
                });
        assertRefused(() -> messages(message("\"Sentiment\":\"NEGATIVE\",\"sentiment\":\"POSITIVE\"")), "messages[0].sentiment");
        assertThatThrownBy(() -> strict.startVoiceInteraction(strict.parse("{\"userId\":\"a\",\"USERID\":\"b\"}",
                BodyFormat.JSON))).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).as("strict mode knows no USERID").isEqualTo("USERID"));
    }

    @Test
    void caseFoldingIsAsciiOnly() {
        // Unicode case folding would read U+017F (long s) as 's' and U+0130 (dotted capital I) as 'i'.
        assertThat(messages(message("\"\u017Fentiment\":\"FURIOUS\"")).get(0).sentiment()).isNull();
        assertRefused(() -> lenient.startVoiceInteraction(json("{\"user\u0130d\":\"a\"}")), "userId");
    }

    @ParameterizedTest(name = "loudnessScore {0}")
    @ValueSource(strings = {"\"+1\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"0x1\"", "\".5\"", "\"1e999999999999\"",
        "\"1e999\"", "1e999", "\"1,5\""})
    void aLoudnessThatIsNoNumberIsRefused(String value) {
        assertRefused(() -> messages(message("\"loudnessScore\":" + value)), "messages[0].loudnessScore");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"+1\"", "\"1e3\"", "\" 0x10 \"", "1e999", "1.5"})
    void anOffsetThatIsNoWholeNumberIsRefused(String value) {
        String body = "[{\"participantId\":\"AGENT\",\"content\":\"hi\",\"beginOffsetMillis\":" + value
                + ",\"endOffsetMillis\":2}]";

        assertRefused(() -> lenient.addMessages(ID, json(body)), "messages[0].beginOffsetMillis");
    }

    @ParameterizedTest(name = "attributes {0}")
    @ValueSource(strings = {"[1e999]", "[{\"a\":[1e999]}]", "[-1e400]"})
    void aNumberTooLargeForADoubleIsRefusedInAttributes(String attributes) {
        assertThatThrownBy(() -> messages(message("\"attributes\":" + attributes)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).startsWith("messages[0].attributes[0]");
                    assertThat(e.reason()).startsWith("must be a finite number");
                });
    }

    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "[[[[[[[[[[1]]]]]]]]]]      | -",
        "[[[[[[[[[[[1]]]]]]]]]]]    | messages[0].attributes[0][0][0][0][0][0][0][0][0][0]",
        "[{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{}}}}}}}}}] | -",
        "[{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{\"i\":[]}}}}}}}}}] | messages[0].attributes[0].a.b.c.d.e.f.g.h.i",
    })
    @ParameterizedTest(name = "{0}")
    void attributesNestAtMostTenLevelsCountingTheArray(String attributes, String refusedAt) {
        Consumer<String> read = body -> messages(message("\"attributes\":" + body));
        if (refusedAt == null) {
            read.accept(attributes.strip());
        } else {
            assertThatThrownBy(() -> read.accept(attributes.strip())).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.field()).isEqualTo(refusedAt);
                assertThat(e.reason()).contains("10 levels");
            });
        }
    }

    @Test
    void attributesHaveAtMostTheConfiguredNumberOfEntries() {
        String hundred = "[" + "{\"k\":\"v\"},".repeat(99) + "{\"k\":\"v\"}]";
        String hundredAndOne = "[{\"k\":\"v\"}," + hundred.substring(1);

        assertThat(messages(message("\"attributes\":" + hundred)).get(0).attributesJson()).isEqualTo(hundred);
        assertRefused(() -> messages(message("\"attributes\":" + hundredAndOne)), "messages[0].attributes");
    }

    @Test
    void contentAndAttributeStringsHaveAtMostTheConfiguredLength() {
        RequestReader small = new RequestReader(Leniency.VENDOR_COMPATIBLE, TranscriptPolicy.defaults(),
                new InputLimits(10, 5, 100, 10));
        String atTheLimit = "[{\"participantId\":\"AGENT\",\"content\":\"12345\",\"beginOffsetMillis\":1,"
                + "\"endOffsetMillis\":2,\"attributes\":[\"12345\"]}]";

        assertThat(small.addMessages(ID, small.parse(atTheLimit, BodyFormat.JSON)).messages()).hasSize(1);
        assertRefused(() -> small.addMessages(ID, small.parse(atTheLimit.replace("[\"12345\"]", "[\"123456\"]"),
                BodyFormat.JSON)), "messages[0].attributes[0]");
        assertRefused(() -> small.addMessages(ID, small.parse(atTheLimit.replace("\"12345\",", "\"123456\","),
                BodyFormat.JSON)), "messages[0].content");
    }

    @Test
    void aRequestHoldsAtMostTheConfiguredNumberOfMessages() {
        RequestReader small = new RequestReader(Leniency.VENDOR_COMPATIBLE, TranscriptPolicy.defaults(),
                new InputLimits(10, 100, 100, 3));
        String three = "[" + String.join(",", message(""), message(""), message("")) + "]";
        String four = "[" + message("") + "," + three.substring(1);

        assertThat(small.addMessages(ID, small.parse(three, BodyFormat.JSON)).messages()).hasSize(3);
        assertRefused(() -> small.addMessages(ID, small.parse(four, BodyFormat.JSON)), "messages");
        assertRefused(() -> small.saveTranscript(null, small.parse("{\"interactionId\":\"x\",\"transcript\":" + four + "}",
                BodyFormat.JSON)), "transcript");
    }

    @Test
    void anEchoedValueIsCut() {
        String huge = "x".repeat(20_000);

        assertThatThrownBy(() -> lenient.endVoiceInteraction(ID, json("{\"state\":\"" + huge + "\"}")))
                .hasMessageEndingWith("…' (20000 characters)").message().hasSizeLessThan(250);
        assertThatThrownBy(() -> strict.startVoiceInteraction(strict.parse(
                "{\"userId\":\"a\",\"" + "k".repeat(255) + "\":1}", BodyFormat.JSON)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).hasSize(201).endsWith("…"));
    }

    private RequestReader.Body json(String body) {
        return lenient.parse(body, BodyFormat.JSON);
    }

    private List<Utterance> messages(String message) {
        return lenient.addMessages(ID, json("[" + message + "]")).messages();
    }

    /** A valid message with one field added or replaced by {@code extra} ("" for none). */
    private static String message(String extra) {
        List<String> fields = new ArrayList<>(List.of("\"participantId\":\"AGENT\"", "\"content\":\"hi\"",
                "\"beginOffsetMillis\":1", "\"endOffsetMillis\":2"));
        if (!extra.isEmpty()) {
            String name = extra.substring(0, extra.indexOf("\":") + 2);
            fields.removeIf(field -> field.startsWith(name));
            fields.add(extra);
        }
        return "{" + String.join(",", fields) + "}";
    }

    private static void assertRefused(Runnable read, String field) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
