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
    void warnsWhileAdminHasTheDevelopmentPasswordAndTellsHowToOverrideIt() {
        List<ConfiguredUser> users = List.of(user("integration", "admin"), user("admin", "admin"));

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
        new DevelopmentPasswordWarning(List.of(user("admin", "a-real-password"))).onApplicationEvent(null);

        assertThat(log.list).isEmpty();
    }

    private static ConfiguredUser user(String name, String password) {
        return new ConfiguredUser(name, PasswordHash.create(password, 1000).encoded(), List.of(Roles.ADMIN));
    }
}
