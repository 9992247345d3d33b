package dev.switchboard.adapter.rest.security;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns at startup while the user {@code admin} still has the development password {@code admin}, which the
 * shipped configuration uses so that a first start works without setup.
 */
@Singleton
final class DevelopmentPasswordWarning implements ApplicationEventListener<StartupEvent> {

    static final String DEVELOPMENT_USER = "admin";
    static final String DEVELOPMENT_PASSWORD = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentPasswordWarning.class);

    private final List<ConfiguredUser> users;

    DevelopmentPasswordWarning(List<ConfiguredUser> users) {
        this.users = users;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        for (int index = 0; index < users.size(); index++) {
            ConfiguredUser user = users.get(index);
            if (user.username().equals(DEVELOPMENT_USER) && user.hash().matches(DEVELOPMENT_PASSWORD)) {
                LOG.warn("The configured user '{}' still has the development password '{}': anyone can call every "
                                + "endpoint with it. Override it: print a hash with `java -cp switchboard.jar {} "
                                + "<new password>` and set it as switchboard.security.users[{}].password-hash in your "
                                + "own configuration (e.g. a file named by MICRONAUT_CONFIG_FILES), or replace the "
                                + "switchboard.security.users list altogether.",
                        DEVELOPMENT_USER, DEVELOPMENT_PASSWORD, PasswordHash.class.getName(), index);
            }
        }
    }
}
