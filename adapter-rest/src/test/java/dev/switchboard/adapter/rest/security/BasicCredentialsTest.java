package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

    private static final String TOKEN = base64("reader:pa:ss word");

    @ParameterizedTest
    @ValueSource(strings = {"Basic ", "basic ", "BASIC ", "bAsIc   "})
    void theSchemeNameIsCaseInsensitive(String scheme) {
        assertThat(BasicCredentials.parse(scheme + TOKEN)).contains(new BasicCredentials("reader", "pa:ss word"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic", "Bearer abc", "Basicx " + "cmVhZGVyOng=", "Basic not-base64!", "Basic cmVhZGVy"})
    void anythingElseIsNoCredentials(String header) {
        assertThat(BasicCredentials.parse(header)).isEmpty();
    }

    @Test
    void anEmptyPasswordIsAPassword() {
        assertThat(BasicCredentials.parse("Basic " + base64("reader:"))).contains(new BasicCredentials("reader", ""));
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(new BasicCredentials("reader", "s3cret").toString()).contains("reader").doesNotContain("s3cret");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
