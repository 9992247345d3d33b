package dev.switchboard.domain.interaction;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.regex.Pattern;

/** A phone number in E.164 form: a plus sign and up to fifteen digits, the first not zero. */
public record E164Number(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\+[1-9][0-9]{1,14}");

    public E164Number {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("callerPhoneNumber",
                    "must be an E.164 phone number such as +14089178878, was " + Text.quoted(value));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
