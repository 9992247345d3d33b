package dev.switchboard.adapter.rest.hostile;

import dev.switchboard.adapter.rest.VendorExamples;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Generators of hostile request bodies, each a function of a {@link Random}: text that merely looks like JSON or XML,
 * the vendor's documented examples with parts cut, doubled or replaced by hostile values, and well-formed message
 * lists whose values (attributes above all) are drawn from the awkward corners: deep nesting, odd keys, characters
 * XML cannot carry, Unicode spaces, huge numbers, long strings.
 */
public final class HostileInputs {

    /** Values that have broken, or could break, a reader or a writer. JSON string escapes are left to the parser. */
    static final List<String> HOSTILE_VALUES = List.of("null", "true", "\"\"", "\" \"", "\"\\u00a0\\u202f\\u3000\"",
            "\"\\u0000\"", "\"a\\u0001b\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\uffff\"", "\"\\ufffe\"", "\"\\ud83d\\ude00\"",
            "\"<&>]]>\"", "\"null,null\"", "\"+1\"", "\"NaN\"", "\"Infinity\"", "\"1e999\"", "\"0x10\"", "NaN", "-Infinity",
            "+1", "1e999", "-0", "0.1e-400", "12345678901234567890123", "9".repeat(120), "{}", "[]", "[[[[[[[[[[[[1]]]]]]]]]]]]",
            "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{\"i\":{\"j\":{}}}}}}}}}}}", "\"False\"", "\"TRUE\"",
            "\"closed_complete\"", "\"2021-08-06 15:07:51\"", "\"AGENT\"", "\"CUSTOMER\"", "\"https: //zoom/rec/1\"");

    /** Keys for attribute objects: XML names and keys that are not, Unicode, empty, namespace-like. */
    static final List<String> KEYS = List.of("key", "value", "a b", "", "1st", "x:y", "xmlns", "xml:lang", "é", "漢字",
            "\\ud83d\\ude00", "-", ".", "<tag>", "&amp;", "base64_tag_", "Key", "KEY", "\\u00a0", "\\t");

    static final List<String> FIELD_NAMES = List.of("userId", "USERID", "agentId", "callerPhoneNumber",
            "clientSessionId", "inboundId", "interactionId", "source", "conversationStarted", "transcript",
            "participantId", "content", "Content", "beginOffsetMillis", "endOffsetMillis", "sentiment", "Sentiment",
            "loudnessScore", "isInternalMessage", "isEvent", "id", "attributes", "state", "recordingURL", "unknown");

    private static final List<String> JSON_TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800",
            "\\u0000", "0", "-1", "1.5", "1e5", "+", "true", "false", "null", "NaN", "Infinity", " ", "\n", "\u00a0",
            "\u202f", "\ufeff", "\u0000", "\u0001", "\ud800", "\uffff", "/*", "//", "'", "é", "\ud83d\ude00");

    private static final List<String> XML_TOKENS = List.of("<", ">", "</", "/>", "<?xml version=\"1.0\"?>",
            "<?xml version=\"1.1\"?>", "<!DOCTYPE r [<!ENTITY e \"x\">]>", "&amp;", "&e;", "&#0;", "&#1;", "&#x1F600;",
            "&#xD800;", "<![CDATA[", "]]>", "<!--", "-->", "=\"1\"", " a=\"2\"", "xmlns:p=\"u\"", "p:", "request",
            "messages", "message", "transcript", "attributes", "attribute", "userId", "content", "text", " ", "\u0000",
            "\ufeff", "\ud800", "é");

    private static final List<String> XML_EXAMPLES = List.of("""
            <messages><message><participantId>AGENT</participantId><content>Hi</content>\
            <beginOffsetMillis>1</beginOffsetMillis><endOffsetMillis>2</endOffsetMillis><sentiment>NEUTRAL</sentiment>\
            <attributes><attribute><key>k</key><value>v</value></attribute></attributes></message></messages>""",
            "<request><userId>+14089178877</userId><agentId>beth</agentId></request>",
            "<request><state>closed_complete</state><recordingURL>https://zoom/rec/1</recordingURL></request>",
            """
            <request><interactionId>cs-1</interactionId><transcript><message><participantId>CUSTOMER</participantId>\
            <content>Uh</content><beginOffsetMillis>5</beginOffsetMillis><endOffsetMillis>6</endOffsetMillis>\
            </message></transcript></request>""");

    private static final List<String> JSON_EXAMPLES = List.of(VendorExamples.body(VendorExamples.START),
            VendorExamples.body(VendorExamples.CONVERSATION), VendorExamples.body(VendorExamples.MESSAGES),
            VendorExamples.body(VendorExamples.TRANSCRIPT), VendorExamples.body(VendorExamples.CLOSE));

    private HostileInputs() {
    }

    /** Text made of JSON's punctuation, literals, escapes and awkward characters, in no particular order. */
    public static String jsonish(Random random) {
        return tokens(random, JSON_TOKENS, FIELD_NAMES);
    }

    /** Text made of XML's markup, declarations, entities and awkward characters, in no particular order. */
    public static String xmlish(Random random) {
        return tokens(random, XML_TOKENS, FIELD_NAMES);
    }

    /** One of the vendor's JSON examples, or an XML body of ours, with one to four hostile edits. */
    public static String mutatedExample(Random random) {
        boolean xml = random.nextInt(4) == 0;
        String body = pick(random, xml ? XML_EXAMPLES : JSON_EXAMPLES);
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            body = mutate(random, body, xml);
        }
        return body;
    }

    /** A JSON array of messages that are mostly well-formed, with hostile values in random fields. */
    public static String messages(Random random) {
        StringJoiner list = new StringJoiner(",", "[", "]");
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            StringJoiner message = new StringJoiner(",", "{", "}");
            message.add("\"participantId\":" + (random.nextInt(8) == 0 ? pick(random, HOSTILE_VALUES) : "\"AGENT\""));
            message.add("\"content\":" + (random.nextInt(5) == 0 ? pick(random, HOSTILE_VALUES) : text(random)));
            message.add("\"beginOffsetMillis\":" + (random.nextInt(10) == 0 ? pick(random, HOSTILE_VALUES) : random.nextInt(1000)));
            message.add("\"endOffsetMillis\":" + (random.nextInt(10) == 0 ? pick(random, HOSTILE_VALUES) : 1000 + random.nextInt(1000)));
            if (random.nextBoolean()) {
                message.add("\"attributes\":" + array(random, 1 + random.nextInt(12)));
            }
            if (random.nextInt(4) == 0) {
                message.add("\"" + pick(random, FIELD_NAMES) + "\":" + pick(random, HOSTILE_VALUES));
            }
            list.add(message.toString());
        }
        return list.toString();
    }

    /** A start/conversation body with hostile values in random fields. */
    public static String callerDetails(Random random) {
        StringJoiner body = new StringJoiner(",", "{", "}");
        body.add("\"userId\":" + (random.nextInt(3) == 0 ? pick(random, HOSTILE_VALUES) : text(random)));
        for (String field : List.of("agentId", "callerPhoneNumber", "clientSessionId", "inboundId")) {
            if (random.nextBoolean()) {
                body.add("\"" + field + "\":" + (random.nextBoolean() ? pick(random, HOSTILE_VALUES) : text(random)));
            }
        }
        return body.toString();
    }

    /** A JSON array nested at most {@code depth} levels (counting itself), with random keys and values. */
    static String array(Random random, int depth) {
        StringJoiner array = new StringJoiner(",", "[", "]");
        for (int i = random.nextInt(4); i > 0; i--) {
            array.add(value(random, depth - 1));
        }
        return array.toString();
    }

    private static String value(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 6 : 3);
        return switch (kind) {
            case 0 -> pick(random, HOSTILE_VALUES);
            case 1 -> text(random);
            case 2 -> Integer.toString(random.nextInt());
            case 3 -> array(random, depth);
            default -> {
                StringJoiner object = new StringJoiner(",", "{", "}");
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.add("\"" + pick(random, KEYS) + random.nextInt(3) + "\":" + value(random, depth - 1));
                }
                yield object.toString();
            }
        };
    }

    /** A JSON string: mostly plain words, sometimes escapes of characters XML cannot carry, sometimes very long. */
    private static String text(Random random) {
        return switch (random.nextInt(30)) {
            case 0 -> "\"" + "x".repeat(32_000 + random.nextInt(1_500)) + "\"";
            case 1 -> "\"a\\u000" + random.nextInt(8) + "\"";
            case 2 -> "\"\\u00a0\\u2007\\u202f\"";
            default -> "\"" + pick(random, List.of("hello", "Uh, yes", "+14089178877", "cs-1", "é漢字\\ud83d\\ude00",
                    "<b>&amp;</b>", "line\\nbreak", "tab\\t")) + "\"";
        };
    }

    private static String mutate(Random random, String body, boolean xml) {
        int at = random.nextInt(body.length() + 1);
        int end = Math.min(body.length(), at + random.nextInt(40));
        return switch (random.nextInt(6)) {
            case 0 -> body.substring(0, at) + body.substring(end);                                   // cut a span
            case 1 -> body.substring(0, end) + body.substring(at, end) + body.substring(end);         // double a span
            case 2 -> body.substring(0, at);                                                          // truncate
            case 3 -> body.substring(0, at) + pick(random, xml ? XML_TOKENS : JSON_TOKENS) + body.substring(at);
            case 4 -> xml ? body.replaceFirst(">[^<>]*</", ">" + pick(random, XML_TOKENS) + "</")
                    : body.replaceFirst(":\\s*(\"[^\"]*\"|[-0-9.]+|true|false|null)", ":" + pick(random, HOSTILE_VALUES));
            default -> xml ? body : body.replaceFirst("\"(\\w)", "\"" + (random.nextBoolean() ? "\\u00" : "") + "$1")
                    .replaceFirst("\"userId\"", "\"USERID\":\"dup\",\"userId\"");
        };
    }

    private static String tokens(Random random, List<String> alphabet, List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(60); i >= 0; i--) {
            text.append(random.nextInt(5) == 0 ? "\"" + pick(random, names) + "\"" : pick(random, alphabet));
        }
        return text.toString();
    }

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
