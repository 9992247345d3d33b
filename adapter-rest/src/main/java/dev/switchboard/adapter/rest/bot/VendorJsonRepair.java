package dev.switchboard.adapter.rest.bot;

/**
 * Repairs the two quirks of the seed's bot examples that no JSON parser option covers, so that compatibility mode
 * accepts them as printed: indentation made of no-break spaces (U+202F, U+00A0; the NLU example) and a value written
 * without quotes ({@code "emailId": beth.anglin@example.com}; the END example). Text inside strings is never
 * touched, and a bare {@code true}, {@code false}, {@code null} or number stays what it is. Comments ({@code //},
 * the queue example) are left to the parser's own option.
 */
final class VendorJsonRepair {

    private VendorJsonRepair() {
    }

    static String repair(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        boolean inString = false;
        boolean afterColon = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '\u202F' || c == '\u00A0') {
                out.append(' ');
                continue;
            }
            if (c == '/' && i + 1 < json.length() && json.charAt(i + 1) == '/') {
                int end = json.indexOf('\n', i);
                end = end < 0 ? json.length() : end;
                out.append(json, i, end);
                i = end - 1;
                continue;
            }
            if (afterColon && !Character.isWhitespace(c)) {
                afterColon = false;
                if (startsBareWord(c)) {
                    int end = bareWordEnd(json, i);
                    String word = json.substring(i, end).strip();
                    if (word.equals("true") || word.equals("false") || word.equals("null")) {
                        out.append(word);
                    } else {
                        out.append('"').append(word.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                    }
                    out.append(json, i + json.substring(i, end).stripTrailing().length(), end);
                    i = end - 1;
                    continue;
                }
            }
            if (c == '"') {
                inString = true;
            } else if (c == ':') {
                afterColon = true;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A value that is not a string, object, array or number: a keyword, or a word someone forgot to quote. */
    private static boolean startsBareWord(char c) {
        return c != '"' && c != '{' && c != '[' && c != '-' && c != '/' && !Character.isDigit(c) && c != ',' && c != '}';
    }

    private static int bareWordEnd(String json, int from) {
        int i = from;
        while (i < json.length() && ",}]\n\r".indexOf(json.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
