package dev.switchboard.adapter.rest.voice;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;

/** The {@code api_version} path segment. The vendor documents only {@code v1}, which is also the default. */
final class ApiVersion {

    static final String LATEST = "v1";

    private ApiVersion() {
    }

    /** @param requested the segment as sent, or null on the unversioned URL */
    static void check(String requested) {
        if (requested != null && !requested.equals(LATEST)) {
            throw new InvalidValueException("api_version",
                    "unknown version " + Text.quoted(requested) + "; the only version is " + LATEST);
        }
    }
}
