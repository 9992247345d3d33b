package dev.switchboard.adapter.rest.request;

/**
 * The vendor's published REST examples are indented with U+202F (narrow no-break space) instead of ASCII
 * spaces, so a body copied from the documentation is not JSON to a strict parser. In vendor-compatible mode,
 * Unicode space characters between tokens are read as plain spaces. Text inside string literals is left
 * exactly as sent.
 */
final class UnicodeWhitespace {

    private UnicodeWhitespace() {
    }

    static String betweenTokensToAscii(String json) {
        StringBuilder out = null;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++; // the escaped character cannot end the string
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c > 127 && (Character.isSpaceChar(c) || c == '\uFEFF')) {
                if (out == null) {
                    out = new StringBuilder(json);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? json : out.toString();
    }
}
