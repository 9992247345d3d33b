package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHashTest {

    /** Made independently with Python's hashlib.pbkdf2_hmac("sha256", b"admin", salt, 1000, 32). */
    private static final String ADMIN_1000 =
            "pbkdf2-sha256$1000$HSRzkmcvuVeJBXfm6zySvw==$6kMod3oQAwTudimx6Tn43fW97wTlEb0tQ8mdTb8CcBQ=";

    @Test
    void verifiesAHashMadeElsewhere() {
        PasswordHash hash = PasswordHash.parse(ADMIN_1000);

        assertThat(hash.matches("admin")).isTrue();
        assertThat(hash.matches("Admin")).isFalse();
        assertThat(hash.matches("")).isFalse();
    }

    @Test
    void createdHashesVerifyAndRoundTrip() {
        PasswordHash hash = PasswordHash.create("correct horse battery staple", 2000);

        assertThat(hash.encoded()).matches("pbkdf2-sha256\\$2000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}");
        assertThat(PasswordHash.parse(hash.encoded()).matches("correct horse battery staple")).isTrue();
        assertThat(hash.matches("correct horse battery stable")).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(PasswordHash.create("same", 1000).encoded()).isNotEqualTo(PasswordHash.create("same", 1000).encoded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "admin", "bcrypt$10$abc$def", "pbkdf2-sha256$x$AAAA$AAAA", "pbkdf2-sha256$1000$!!$AAAA",
        "pbkdf2-sha256$0$AAAA$AAAA", "pbkdf2-sha256$1000$AAAA", "pbkdf2-sha256$1000$$AAAA"})
    void rejectsMalformedHashesWithoutRepeatingThem(String encoded) {
        assertThatThrownBy(() -> PasswordHash.parse(encoded))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> {
                    if (!encoded.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(encoded);
                    }
                });
    }

    @Test
    void mainPrintsTheHashOfItsArgument() throws Exception {
        String printed = captureOut(() -> PasswordHash.main(new String[] {"s3cret"}));

        assertThat(printed).startsWith("pbkdf2-sha256$" + PasswordHash.DEFAULT_ITERATIONS + "$");
        assertThat(PasswordHash.parse(printed.strip()).matches("s3cret")).isTrue();
    }

    @Test
    void mainReadsThePasswordFromStandardInput() throws Exception {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("from stdin\n".getBytes(StandardCharsets.UTF_8)));
        try {
            String printed = captureOut(() -> PasswordHash.main(new String[0]));

            assertThat(PasswordHash.parse(printed.strip()).matches("from stdin")).isTrue();
        } finally {
            System.setIn(stdin);
        }
    }

    interface Action {
        void run() throws Exception;
    }

    private static String captureOut(Action action) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
