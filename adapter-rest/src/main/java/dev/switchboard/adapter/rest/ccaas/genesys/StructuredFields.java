package dev.switchboard.adapter.rest.ccaas.genesys;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of RFC 8941 (Structured Field Values for HTTP) that HTTP message signatures use: a Dictionary whose
 * members are Items or Inner Lists with Parameters, and bare items that are strings, tokens, integers, byte
 * sequences or booleans (no decimals: no signature field carries one). Parsing is strict, as the RFC asks: anything
 * else is a {@link IllegalArgumentException}, and the caller refuses the request. Serializing gives the canonical
 * form, which RFC 9421 uses for the {@code @signature-params} line of the signature base.
 */
final class StructuredFields {

    /** An Item or an Inner List, with its parameters in the order they came (they are part of the signature). */
    sealed interface Member {
        Map<String, Object> parameters();
    }

    /** @param value a String, {@link Token}, Long, byte[] or Boolean */
    record Item(Object value, Map<String, Object> parameters) implements Member {
    }

    record InnerList(List<Item> items, Map<String, Object> parameters) implements Member {
    }

    /** A token, kept apart from a string because the two serialize differently. */
    record Token(String value) {
    }

    private final String input;
    private int at;

    private StructuredFields(String input) {
        this.input = input;
    }

    /** RFC 8941 §4.2.2; members in the order they came. */
    static Map<String, Member> parseDictionary(String field) {
        StructuredFields parser = new StructuredFields(field);
        parser.skip(' ');
        Map<String, Member> dictionary = parser.dictionary();
        parser.skip(' ');
        if (parser.at != field.length()) {
            throw parser.error("trailing characters");
        }
        return dictionary;
    }

    /** RFC 8941 §4.1.1.1 with the parameters of §4.1.1.2. */
    static String serialize(InnerList list) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < list.items().size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            Item item = list.items().get(i);
            out.append(bareItem(item.value())).append(parameters(item.parameters()));
        }
        return out.append(')').append(parameters(list.parameters())).toString();
    }

    /** An item as it appears in a signature base's component identifier: {@code "x-api-key"}. */
    static String serialize(Item item) {
        return bareItem(item.value()) + parameters(item.parameters());
    }

    private static String parameters(Map<String, Object> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((key, value) -> {
            out.append(';').append(key);
            if (!Boolean.TRUE.equals(value)) {
                out.append('=').append(bareItem(value));
            }
        });
        return out.toString();
    }

    private static String bareItem(Object value) {
        if (value instanceof String string) {
            return '"' + string.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof Token token) {
            return token.value();
        }
        if (value instanceof Long number) {
            return number.toString();
        }
        if (value instanceof byte[] bytes) {
            return ':' + Base64.getEncoder().encodeToString(bytes) + ':';
        }
        if (value instanceof Boolean bool) {
            return bool ? "?1" : "?0";
        }
        throw new IllegalArgumentException("not a bare item: " + value);
    }

    private Map<String, Member> dictionary() {
        Map<String, Member> members = new LinkedHashMap<>();
        while (at < input.length()) {
            String key = key();
            Member member;
            if (peek() == '=') {
                at++;
                member = peek() == '(' ? innerList() : new Item(bareItem(), parameters());
            } else {
                member = new Item(Boolean.TRUE, parameters());
            }
            members.put(key, member);
            skipOws();
            if (at == input.length()) {
                break;
            }
            expect(',');
            skipOws();
            if (at == input.length()) {
                throw error("a trailing comma");
            }
        }
        return members;
    }

    private InnerList innerList() {
        expect('(');
        List<Item> items = new ArrayList<>();
        while (true) {
            skip(' ');
            if (peek() == ')') {
                at++;
                return new InnerList(List.copyOf(items), parameters());
            }
            items.add(new Item(bareItem(), parameters()));
            char next = peek();
            if (next != ' ' && next != ')') {
                throw error("items of an inner list are separated by spaces");
            }
        }
    }

    private Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        while (peek() == ';') {
            at++;
            skip(' ');
            String key = key();
            Object value = Boolean.TRUE;
            if (peek() == '=') {
                at++;
                value = bareItem();
            }
            parameters.put(key, value);
        }
        return parameters;
    }

    private Object bareItem() {
        char first = peek();
        if (first == '"') {
            return string();
        }
        if (first == '-' || isDigit(first)) {
            return integer();
        }
        if (first == ':') {
            return byteSequence();
        }
        if (first == '?') {
            at++;
            char bool = peek();
            if (bool != '0' && bool != '1') {
                throw error("a boolean is ?0 or ?1");
            }
            at++;
            return bool == '1';
        }
        if (isAlpha(first) || first == '*') {
            return token();
        }
        throw error("not a bare item");
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (at < input.length()) {
            char c = input.charAt(at++);
            if (c == '\\') {
                char escaped = peek();
                if (escaped != '"' && escaped != '\\') {
                    throw error("only \\\" and \\\\ are escapes");
                }
                out.append(escaped);
                at++;
            } else if (c == '"') {
                return out.toString();
            } else if (c < 0x20 || c > 0x7e) {
                throw error("a string holds printable ASCII only");
            } else {
                out.append(c);
            }
        }
        throw error("an unterminated string");
    }

    private Long integer() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int digits = at;
        while (at < input.length() && isDigit(input.charAt(at))) {
            at++;
        }
        if (at == digits || at - digits > 15) {
            throw error("an integer has 1 to 15 digits");
        }
        if (peek() == '.') {
            throw error("decimals are not used here");
        }
        return Long.parseLong(input.substring(start, at));
    }

    private byte[] byteSequence() {
        expect(':');
        int end = input.indexOf(':', at);
        if (end < 0) {
            throw error("an unterminated byte sequence");
        }
        String base64 = input.substring(at, end);
        at = end + 1;
        if (!base64.matches("[A-Za-z0-9+/]*={0,2}")) {
            throw error("a byte sequence is base64");
        }
        return Base64.getDecoder().decode(base64);
    }

    private Token token() {
        int start = at;
        at++;
        while (at < input.length() && isTokenChar(input.charAt(at))) {
            at++;
        }
        return new Token(input.substring(start, at));
    }

    private String key() {
        char first = peek();
        if (!(first >= 'a' && first <= 'z') && first != '*') {
            throw error("a key starts with a lower-case letter or *");
        }
        int start = at;
        while (at < input.length()) {
            char c = input.charAt(at);
            if (!(c >= 'a' && c <= 'z' || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*')) {
                break;
            }
            at++;
        }
        return input.substring(start, at);
    }

    private static boolean isTokenChar(char c) {
        return isAlpha(c) || isDigit(c) || ":/!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private char peek() {
        return at < input.length() ? input.charAt(at) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private void skip(char c) {
        while (peek() == c) {
            at++;
        }
    }

    private void skipOws() {
        while (peek() == ' ' || peek() == '\t') {
            at++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at character " + at);
    }
}
