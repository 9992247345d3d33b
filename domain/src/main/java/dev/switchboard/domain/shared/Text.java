package dev.switchboard.domain.shared;

/** Small helpers for the optional free-text fields the vendor API is full of, and for echoing them in errors. */
public final class Text {

    private Text() {
    }

    /** The longest identifier or label a caller may send (ids, names, sources); stores size columns for it. */
    public static final int MAX_LABEL_LENGTH = 255;

    /** How much of a caller's value an error message repeats; the rest is replaced by its length. */
    public static final int ECHO_LENGTH = 100;

    /**
     * True when {@code value} is absent or holds only spaces in the Unicode sense: {@link String#isBlank()} does not
     * count no-break spaces (U+00A0, U+2007, U+202F) or zero-width ones as blank, so a userId made of them would pass.
     */
    public static boolean isBlank(String value) {
        return value == null || value.codePoints().allMatch(Text::isSpace);
    }

    /** Blank or absent text is treated as absent, so stored values are either meaningful or null. */
    public static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }

    public static String required(String value, String field) {
        if (isBlank(value)) {
            throw InvalidValueException.missing(field);
        }
        return value;
    }

    /** {@code value} (which may be null), refused when longer than {@code maxLength} characters. */
    public static String atMost(String value, int maxLength, String field) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters, was " + value.length());
        }
        return value;
    }

    /** An optional label: blank means absent, and at most {@link #MAX_LABEL_LENGTH} characters. */
    public static String optionalLabel(String value, String field) {
        return atMost(blankToNull(value), MAX_LABEL_LENGTH, field);
    }

    /**
     * The index of the first character of {@code value} that XML 1.0 cannot carry, or -1 when there is none. XML
     * allows tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and properly paired surrogates; the rest
     * (NUL and the other C0 controls, lone surrogates, U+FFFE, U+FFFF) cannot be written to an XML document at all,
     * not even as a character reference, so a value holding one could never be read back as XML.
     */
    public static int indexOfNonXmlCharacter(String value) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (!isXmlCharacter(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /**
     * {@code value} (which may be null), refused when it holds a character XML cannot carry
     * ({@link #indexOfNonXmlCharacter}): such a value could be stored but never read back as XML.
     */
    public static String xmlSafe(String value, String field) {
        int index = value == null ? -1 : indexOfNonXmlCharacter(value);
        if (index >= 0) {
            int codePoint = value.codePointAt(index);
            String kind = Character.isSurrogate((char) codePoint) ? "an unpaired surrogate" : "a character XML cannot carry";
            throw new InvalidValueException(field, String.format("contains U+%04X, %s, at character %d", codePoint, kind,
                    index + 1));
        }
        return value;
    }

    /**
     * {@code value} as an error message may repeat it: in single quotes, characters XML cannot carry and other
     * controls written as {@code \}{@code uXXXX}, and cut after {@link #ECHO_LENGTH} characters with the full length
     * added, so that a megabyte of input never comes back as a megabyte of error. {@code null} is {@code null}.
     */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        String echoed = "'" + excerpt(value, ECHO_LENGTH) + "'";
        return value.length() > ECHO_LENGTH ? echoed + " (" + value.length() + " characters)" : echoed;
    }

    /**
     * A field name or path as an error may print it ({@code transcript[2].attributes[0].someKey}): names can come from
     * the request (an unknown field, a key inside attributes), so they are cut and escaped like values, a little longer.
     */
    public static String printableField(String field) {
        return excerpt(field, 2 * ECHO_LENGTH);
    }

    /**
     * The first {@code maxLength} characters of {@code value} (an ellipsis marks a cut), with characters XML cannot
     * carry and other controls written as {@code \}{@code uXXXX}: safe to put into any error message, JSON or XML.
     */
    public static String excerpt(String value, int maxLength) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxLength) + 8);
        int i = 0;
        while (i < value.length()) {
            int codePoint = value.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (next > maxLength) {
                break;
            }
            if (Character.isISOControl(codePoint) || !isXmlCharacter(codePoint)) {
                out.append(String.format("\\u%04X", codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
            i = next;
        }
        return i < value.length() ? out.append('…').toString() : out.toString();
    }

    /** XML 1.0's Char production; an unpaired surrogate is a code point of its own here, and not a Char. */
    private static boolean isXmlCharacter(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || (codePoint >= 0x20 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || codePoint >= 0x10000;
    }

    /** Unicode's White_Space characters (Java's whitespace and space separators) and the zero-width spaces. */
    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85
                || codePoint == 0x200B || codePoint == 0x2060 || codePoint == 0xFEFF;
    }
}
