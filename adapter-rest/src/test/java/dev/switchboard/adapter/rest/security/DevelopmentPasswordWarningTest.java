package dev.switchboard.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DevelopmentPasswordWarningTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(DevelopmentPasswordWarning.class);

    @BeforeEach
    void capture() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
    }

    @Test
    void warnsWhileAUserHasTheShippedHashAndTellsHowToOverrideIt() {
        List<ConfiguredUser> users = List.of(user("integration", PasswordHash.create("secret", 1000).encoded()),
                user("admin", DevelopmentPasswordWarning.SHIPPED_HASH));

        new DevelopmentPasswordWarning(users).onApplicationEvent(null);

        assertThat(log.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage())
                    .contains("'admin' still has the development password")
                    .contains("java -cp switchboard.jar dev.switchboard.adapter.rest.security.PasswordHash")
                    .contains("switchboard.security.users[1].password-hash");
        });
    }

    @Test
    void staysQuietOnceThePasswordIsChanged() {
        new DevelopmentPasswordWarning(List.of(user("admin", PasswordHash.create("a-real-password", 1000).encoded())))
                .onApplicationEvent(null);

        assertThat(log.list).isEmpty();
    }

    /**
     * The warning compares text and checks no password: a fresh hash of "admin" goes unnoticed, and a hash whose
     * check would take hours (two billion iterations) is passed over at once.
     */
    @Test
    void recognisesTheShippedHashByItsTextWithoutCheckingAnyPassword() {
        String freshAdminHash = PasswordHash.create("admin", 1000).encoded();
        String endlessHash = "pbkdf2-sha256$2000000000$t031AA21djozLg1Fq2g0ug==$6xqVHtRLlkDAbLE9ej7AgRP9b567YTpTs4Nc+zjV6Yw=";

        new DevelopmentPasswordWarning(List.of(user("admin", freshAdminHash), user("admin2", endlessHash)))
                .onApplicationEvent(null);

        assertThat(log.list).isEmpty();
    }

    @Test
    void theShippedHashIsTheDevelopmentPassword() {
        assertThat(PasswordHash.parse(DevelopmentPasswordWarning.SHIPPED_HASH).matches("admin")).isTrue();
    }

    private static ConfiguredUser user(String name, String passwordHash) {
        return new ConfiguredUser(name, passwordHash, List.of(Roles.ADMIN));
    }
}
