package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A file the user sent, by reference: we record it, we do not download it.
 *
 * @param contentType one of the vendor's six types, compared case-insensitively and kept as sent
 * @param url         where the file is, http or https
 */
public record Attachment(String clientAttachmentId, String contentType, String fileName, String url) {

    public static final Set<String> CONTENT_TYPES = Set.of("application/msword", "application/pdf", "image/jpeg",
            "image/png", "text/plain", "video/mpeg");

    public Attachment {
        Objects.requireNonNull(contentType, "contentType");
        if (!CONTENT_TYPES.contains(contentType.toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException("message.attachment.contentType", "must be one of "
                    + CONTENT_TYPES.stream().sorted().toList() + ", was " + Text.quoted(contentType));
        }
        Text.required(url, "message.attachment.url");
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidValueException("message.attachment.url", "must be an http or https URL, was "
                    + Text.quoted(url));
        }
        Text.atMost(url, 4096, "message.attachment.url");
        Text.atMost(fileName, Text.MAX_LABEL_LENGTH, "message.attachment.fileName");
        Text.atMost(clientAttachmentId, Text.MAX_LABEL_LENGTH, "message.attachment.clientAttachmentId");
    }
}
