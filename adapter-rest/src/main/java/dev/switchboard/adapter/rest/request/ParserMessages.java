package dev.switchboard.adapter.rest.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.switchboard.domain.shared.Text;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words what a parser reported in our own terms. Jackson's and Woodstox's messages name their settings
 * ({@code enable JsonReadFeature…}), their sources ({@code [Source: REDACTED …]}, {@code [row,col {unknown-source}]})
 * and repeat whole tokens of input; a client should read what is wrong with its body, and nothing about our
 * libraries. Known messages are rewritten; any other is cleaned of such parts, and replaced by a plain sentence if
 * a trace of a library is left.
 */
final class ParserMessages {

    /** When a parser's message cannot be reused: what is left says nothing about us. */
    static final String UNREADABLE = "it could not be read at this point";

    private static final int MAX_PROBLEM_LENGTH = 200;

    private static final Pattern LIBRARY_TRACE = Pattern.compile(
            "`|feature|\\[source|redacted|fasterxml|jackson|wstx|woodstox|ctc\\.|unknown-source|row,col|java\\.|io\\.micronaut",
            Pattern.CASE_INSENSITIVE);

    private static final List<Rewrite> JSON = List.of(
            new Rewrite("Non-standard token '([^']*)'.*",
                    m -> Text.quoted(m.group(1)) + " is not a number: JSON numbers are digits, without NaN or Infinity"),
            new Rewrite("Unexpected character \\('\\+' \\(code 43\\)\\) in numeric value.*",
                    m -> "a number must not start with '+'"),
            new Rewrite("Unexpected character \\('/' \\(code 47\\)\\): maybe a \\(non-standard\\) comment.*",
                    m -> "JSON has no comments"),
            new Rewrite("Unrecognized token '(.*)': was expecting.*", m -> "unrecognized token " + Text.quoted(m.group(1))
                    + "; expected a string, number, array, object, true, false or null"),
            new Rewrite("Duplicate field '(.*)'", m -> "the field " + Text.quoted(m.group(1)) + " appears twice"),
            new Rewrite("Unexpected end-of-input.*close marker for Object.*", m -> "the body ends before an object is closed"),
            new Rewrite("Unexpected end-of-input.*close marker for Array.*", m -> "the body ends before an array is closed"),
            new Rewrite("Unexpected end-of-input.*", m -> "the body ends in the middle of a value"),
            new Rewrite("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", m -> String.format(
                    "control character U+%04X must be escaped inside a string", Integer.parseInt(m.group(1)))),
            new Rewrite("Unexpected character \\('(.*)' \\(code (\\d+)\\)\\): (.*)",
                    m -> "unexpected character " + Text.quoted(m.group(1)) + ": " + clean(m.group(3))));

    private ParserMessages() {
    }

    /** What the JSON parser found wrong. */
    static Problem json(JsonProcessingException e, InputLimits limits) {
        String original = Objects.toString(e.getOriginalMessage(), "");
        if (e instanceof StreamConstraintsException) {
            return new Problem(true, jsonLimit(original, limits));
        }
        return new Problem(false, rewrite(original, JSON));
    }

    /** What the XML parser found wrong; {@code text} is the body, to recognise JSON or UTF-16 sent as XML. */
    static Problem xml(JsonProcessingException e, String text, InputLimits limits) {
        // Woodstox appends its own location on a second line: "\n at [row,col {unknown-source}]: [1,4]".
        String original = Objects.toString(e.getOriginalMessage(), "").lines().findFirst().orElse("").strip();
        if (e instanceof StreamConstraintsException || original.toLowerCase().contains(" limit (")) {
            return new Problem(true, xmlLimit(original, limits));
        }
        if (original.contains("in prolog; expected '<'")) {
            return new Problem(false, notAnElement(text));
        }
        if (original.startsWith("Illegal processing instruction target (\"xml\")")) {
            return new Problem(false, "the XML declaration must come first, with nothing before it, not even whitespace");
        }
        if (original.startsWith("Unexpected EOF in prolog")) {
            return new Problem(false, "it has no root element");
        }
        if (original.startsWith("Unexpected EOF") || original.startsWith("Unexpected end of input")) {
            return new Problem(false, "the body ends before its elements are closed");
        }
        return new Problem(false, rewrite(original, List.of()));
    }

    private static String jsonLimit(String original, InputLimits limits) {
        if (original.startsWith("Document nesting depth")) {
            return "arrays and objects are nested more than " + limits.maxBodyDepth() + " levels deep";
        }
        if (original.startsWith("Number value length") || original.startsWith("Number length")) {
            return "a number is longer than " + InputLimits.MAX_NUMBER_LENGTH + " characters";
        }
        if (original.startsWith("String value length") || original.startsWith("String length")) {
            return "a string is longer than " + limits.maxStringLength() + " characters";
        }
        if (original.startsWith("Name length")) {
            return "a field name is longer than " + InputLimits.MAX_NAME_LENGTH + " characters";
        }
        return "it is larger than this server reads";
    }

    private static String xmlLimit(String original, InputLimits limits) {
        String lower = original.toLowerCase();
        if (lower.startsWith("attribute limit")) {
            return "an element has more than " + limits.maxAttributes() + " attributes";
        }
        if (lower.contains("element depth") || lower.contains("nesting depth")) {
            return "elements are nested more than " + limits.maxBodyDepth() + " levels deep";
        }
        if (lower.contains("attribute size") || lower.contains("text size") || lower.contains("text length")
                || lower.contains("string value length")) {
            return "a value is longer than " + limits.maxStringLength() + " characters";
        }
        if (lower.contains("name length")) {
            return "a name is longer than " + InputLimits.MAX_NAME_LENGTH + " characters";
        }
        return "it is larger than this server reads";
    }

    /** The body does not start with an element: usually JSON or UTF-16 sent with an XML Content-Type. */
    private static String notAnElement(String text) {
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return "it looks like JSON; send JSON with Content-Type application/json";
        }
        if (start.startsWith("\uFFFD")) {
            return "it is not UTF-8 (a UTF-16 byte-order mark?); send UTF-8, or name the charset in Content-Type";
        }
        return "it must start with an element or the XML declaration";
    }

    private static String rewrite(String original, List<Rewrite> rewrites) {
        String sentence = original.strip();
        for (Rewrite rewrite : rewrites) {
            Matcher matcher = rewrite.pattern().matcher(sentence);
            if (matcher.matches()) {
                return rewrite.words().apply(matcher);
            }
        }
        return clean(sentence);
    }

    /** A parser's sentence without the parts that name the parser, or {@link #UNREADABLE} if that is not enough. */
    private static String clean(String parserSentence) {
        String sentence = parserSentence.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll(":?\\s*enable `[^`]*` to allow", "")
                .replaceAll("\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
                .strip();
        if (sentence.isEmpty() || LIBRARY_TRACE.matcher(sentence).find()) {
            return UNREADABLE;
        }
        String printable = Text.excerpt(sentence, MAX_PROBLEM_LENGTH);
        return Character.toLowerCase(printable.charAt(0)) + printable.substring(1);
    }

    /** A parser message pattern (matched whole, across lines) and our words for it. */
    private record Rewrite(Pattern pattern, Function<Matcher, String> words) {

        Rewrite(String regex, Function<Matcher, String> words) {
            this(Pattern.compile(regex, Pattern.DOTALL), words);
        }
    }

    /** @param isLimit true when the body exceeds an input limit rather than being malformed */
    record Problem(boolean isLimit, String text) {
    }
}
