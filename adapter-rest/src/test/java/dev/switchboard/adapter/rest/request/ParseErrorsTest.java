package dev.switchboard.adapter.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.domain.conversation.TranscriptPolicy;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies the parsers refuse: each is a {@link MalformedBodyException} in our own words, with the line and column
 * (and, for JSON, the field) where the parser stopped, and never a word about the libraries that parsed it. Several
 * of these used to end in a NullPointerException (a parser error without a location) and a 500.
 */
class ParseErrorsTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final String MESSAGE = "{\"participantId\":\"AGENT\",\"content\":\"hi\",\"beginOffsetMillis\":1,"
            + "\"endOffsetMillis\":2";

    private final RequestReader reader = new RequestReader(Leniency.VENDOR_COMPATIBLE, TranscriptPolicy.defaults());

    static Stream<Arguments> bodies() {
        return Stream.concat(jsonBodies().map(json -> withFormat(BodyFormat.JSON, json)),
                xmlBodies().map(xml -> withFormat(BodyFormat.XML, xml)));
    }

    private static Arguments withFormat(BodyFormat format, Arguments arguments) {
        Object[] values = arguments.get();
        return Arguments.of(format, values[0], values[1], values[2]);
    }

    static Stream<Arguments> jsonBodies() {
        return Stream.of(
                Arguments.of("1,000 nested arrays", "[".repeat(1000) + "]".repeat(1000),
                        "exceeds a limit: arrays and objects are nested more than 15 levels deep"),
                Arguments.of("1,000 nested objects in attributes",
                        "[" + MESSAGE + ",\"attributes\":[" + "{\"a\":".repeat(1000) + "1" + "}".repeat(1000) + "]}]",
                        "exceeds a limit: arrays and objects are nested more than 15 levels deep (in 'messages[0].attributes[0].a.a"),
                Arguments.of("a 50,000-character field name", "{\"" + "n".repeat(50_000) + "\":1}",
                        "exceeds a limit: a string is longer than 32768 characters"),
                Arguments.of("a 256-character field name", "{\"" + "n".repeat(256) + "\":1}",
                        "exceeds a limit: a field name is longer than 255 characters"),
                Arguments.of("a 1,000-digit number", "[" + MESSAGE.replace(":1,", ":" + "1".repeat(1000) + ",") + "}]",
                        "exceeds a limit: a number is longer than 100 characters (in 'messages[0].beginOffsetMillis'"),
                Arguments.of("NaN", "[" + MESSAGE + ",\"loudnessScore\":NaN}]",
                        "not valid JSON: 'NaN' is not a number: JSON numbers are digits, without NaN or Infinity "
                                + "(in 'messages[0].loudnessScore', line 1, column"),
                Arguments.of("Infinity", "[" + MESSAGE + ",\"loudnessScore\":-Infinity}]",
                        "not valid JSON: '-Infinity' is not a number"),
                Arguments.of("a leading plus", "[" + MESSAGE.replace(":1,", ":+1,") + "}]",
                        "not valid JSON: a number must not start with '+' (in 'messages[0].beginOffsetMillis'"),
                Arguments.of("a comment", "{/* hi */\"userId\":\"a\"}", "not valid JSON: JSON has no comments"),
                Arguments.of("an unclosed object", "{\"userId\":\"a\"", "not valid JSON: the body ends before an object is closed"),
                Arguments.of("a long bad token", "{\"userId\":" + "x".repeat(5000) + "}",
                        "not valid JSON: unrecognized token 'xxxxxxxx"),
                Arguments.of("a control character", "{\"userId\":\"a\u0001\"}",
                        "not valid JSON: control character U+0001 must be escaped inside a string (in 'userId'"),
                Arguments.of("the same field twice", "{\"userId\":\"a\",\"userId\":\"b\"}",
                        "not valid JSON: the field 'userId' appears twice"));
    }

    static Stream<Arguments> xmlBodies() {
        StringBuilder manyAttributes = new StringBuilder("<request ");
        for (int i = 0; i < 10_000; i++) {
            manyAttributes.append("a").append(i).append("=\"1\" ");
        }
        String utf16 = new String(("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><request><userId>u</userId></request>")
                .getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("cut inside the first tag", "<requ", "not valid XML: the body ends before its elements are closed"),
                Arguments.of("a lone XML declaration", "<?xml version=\"1.0\"?>", "not valid XML: it has no root element"),
                Arguments.of("whitespace before the declaration", "  <?xml version=\"1.0\"?><request/>",
                        "not valid XML: the XML declaration must come first, with nothing before it, not even whitespace"),
                Arguments.of("10,000 attributes", manyAttributes.append("/>").toString(),
                        "exceeds a limit: an element has more than 100 attributes"),
                Arguments.of("1,000 nested elements", "<a>".repeat(1000) + "</a>".repeat(1000),
                        "exceeds a limit: elements are nested more than 15 levels deep"),
                Arguments.of("UTF-16 with a byte-order mark, decoded as UTF-8", utf16,
                        "not valid XML: it is not UTF-8 (a UTF-16 byte-order mark?)"),
                Arguments.of("JSON sent as XML", "{\"userId\":\"+14089178877\"}",
                        "not valid XML: it looks like JSON; send JSON with Content-Type application/json"),
                Arguments.of("a mismatched close tag", "<request><userId>a</request>",
                        "not valid XML: unexpected close tag </request>; expected </userId>"),
                Arguments.of("an entity from a DTD", "<!DOCTYPE r [<!ENTITY a \"aaaa\">]><request><userId>&a;</userId></request>",
                        "not valid XML: undeclared general entity"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("bodies")
    void bodiesTheParsersRefuse(BodyFormat format, String what, String body, String expected) {
        MalformedBodyException e = refused(body, format);

        assertThat(e.getMessage()).startsWith("The request body ").contains(expected);
        assertOurWordsOnly(e);
        if (format == BodyFormat.JSON) {
            assertThat(e.getMessage()).contains("line 1, column ");
        }
    }

    @Test
    void theXmlPositionIsGivenWhenTheParserKnowsIt() {
        assertThat(refused("<request><userId>a</request>", BodyFormat.XML)).hasMessageContaining("(line 1, column ");
    }

    @Test
    void aUtf8ByteOrderMarkBeforeXmlIsAnEncodingSignatureAndIgnored() {
        RequestReader.Body body = reader.parse("\uFEFF<request><userId>u</userId></request>", BodyFormat.XML);

        assertThat(reader.startVoiceInteraction(body).caller().userId()).isEqualTo("u");
    }

    @Test
    void aFieldNamedByTheParserIsNamedInTheExceptionToo() {
        MalformedBodyException e = refused("[" + MESSAGE + ",\"loudnessScore\":NaN}]", BodyFormat.JSON);

        assertThat(e.field()).contains("messages[0].loudnessScore");
    }

    @Test
    void aRootListOutsideMessagesIsNamedByPositionOnly() {
        MalformedBodyException e = catchThrowableOfType(
                () -> reader.startVoiceInteraction(reader.parse("[NaN]", BodyFormat.JSON)), MalformedBodyException.class);

        assertThat(e.field()).contains("[0]");
    }

    @Test
    void theLimitsFollowTheConfiguration() {
        RequestReader small = new RequestReader(Leniency.STRICT, TranscriptPolicy.defaults(), new InputLimits(2, 10, 3, 5));

        assertThat(catchThrowableOfType(() -> small.addMessages(ID, small.parse("[[[[[[[[1]]]]]]]]", BodyFormat.JSON)),
                MalformedBodyException.class)).hasMessageContaining("nested more than 7 levels deep");
        assertThat(catchThrowableOfType(() -> small.startVoiceInteraction(small.parse(
                "{\"userId\":\"" + "u".repeat(2049) + "\"}", BodyFormat.JSON)), MalformedBodyException.class))
                .as("strings up to a recording URL's 2,048 characters are read, whatever the text limit")
                .hasMessageContaining("a string is longer than 2048 characters (in 'userId'");
    }

    private MalformedBodyException refused(String body, BodyFormat format) {
        return catchThrowableOfType(() -> reader.addMessages(ID, reader.parse(body, format)), MalformedBodyException.class);
    }

    /** Nothing of Jackson's or Woodstox's own vocabulary, and nothing an XML document could not carry. */
    static void assertOurWordsOnly(Exception e) {
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContainIgnoringCase("feature").doesNotContain("`").doesNotContain("[Source")
                .doesNotContain("REDACTED").doesNotContain("row,col").doesNotContain("unknown-source")
                .doesNotContainIgnoringCase("jackson").doesNotContainIgnoringCase("woodstox").doesNotContain("wstx")
                .doesNotContain("StreamReadConstraints").doesNotContain("\n").hasSizeLessThan(600);
        assertThat(e.getMessage().chars().allMatch(c -> c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE)).isTrue();
    }
}
