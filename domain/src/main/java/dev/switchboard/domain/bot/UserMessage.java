package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Optional;

/**
 * The user's message: text (optional: the SWITCH example has none), whether it was typed or an option chosen,
 * and attachments. {@code typed} is required unless the message carries an attachment (the seed's attachment
 * examples leave it out).
 */
public record UserMessage(String text, Boolean typed, String clientMessageId, List<Attachment> attachments) {

    public UserMessage {
        attachments = List.copyOf(attachments);
        if (typed == null && attachments.isEmpty()) {
            throw InvalidValueException.missing("message.typed");
        }
    }

    /** The text, trimmed; empty when there is none. */
    public String trimmedText() {
        return text == null ? "" : text.strip();
    }

    public Optional<Attachment> firstAttachment() {
        return attachments.stream().findFirst();
    }

    /** True when the user chose an option rather than typing. */
    public boolean chosen() {
        return Boolean.FALSE.equals(typed);
    }
}
