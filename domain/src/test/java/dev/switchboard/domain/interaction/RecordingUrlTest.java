package dev.switchboard.domain.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordingUrlTest {

    /** Exactly as the vendor's PATCH /state example prints it, stray space included. */
    private static final String VENDOR_EXAMPLE = "https: //zoom_instance/rec/QbF7XmPFHPlX1LG";

    @ParameterizedTest
    @ValueSource(strings = {
            "https://zoom_instance/rec/QbF7XmPFHPlX1LG", // underscore in the host
            "http://recordings.example.com/calls/42.wav",
            "HTTPS://recordings.example.com/calls/42.wav",
            "https://recordings.example.com:8443/calls/42?token=abc"})
    void anAbsoluteHttpOrHttpsUrlIsAccepted(String value) {
        assertThat(new RecordingUrl(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "ftp://recordings.example.com/42.wav",
            "file:///var/recordings/42.wav",
            "mailto:recordings@example.com",
            "/rec/QbF7XmPFHPlX1LG",
            "zoom_instance/rec/QbF7XmPFHPlX1LG",
            "https:///rec/QbF7XmPFHPlX1LG",
            "https://zoom instance/rec",
            "https://example.com/a b"})
    void anythingElseIsRejectedNamingRecordingUrl(String value) {
        assertThatThrownBy(() -> new RecordingUrl(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("recordingURL"));
    }

    @Test
    void theVendorExampleWithItsStraySpaceIsNotAUrl() {
        // Repairing it is the REST adapter's compatibility mode, not a rule of the domain.
        assertThatThrownBy(() -> new RecordingUrl(VENDOR_EXAMPLE))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("recordingURL"));
    }
}
