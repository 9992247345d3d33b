package dev.switchboard.adapter.rest.security;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns at startup while a user still has the development password {@code admin}, which the shipped configuration
 * gives the user {@code admin} so that a first start works without setup. It recognises the shipped hash by its
 * text: checking the password against every configured hash would cost a PBKDF2 run (about a second) per user at
 * every start. A hash of {@code admin} made anew has its own salt and is not recognised.
 */
@Singleton
public final class DevelopmentPasswordWarning implements ApplicationEventListener<StartupEvent> {

    /** The hash of {@code admin} in the shipped application.yml (bootstrap's tests check that they agree). */
    public static final String SHIPPED_HASH =
            "pbkdf2-sha256$600000$t031AA21djozLg1Fq2g0ug==$6xqVHtRLlkDAbLE9ej7AgRP9b567YTpTs4Nc+zjV6Yw=";
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
            if (user.passwordHash().strip().equals(SHIPPED_HASH)) {
                LOG.warn("The configured user '{}' still has the development password '{}': anyone can call every "
                                + "endpoint with it. Override it: print a hash with `java -cp switchboard.jar {} "
                                + "<new password>` and set it as switchboard.security.users[{}].password-hash in your "
                                + "own configuration (e.g. a file named by MICRONAUT_CONFIG_FILES), or replace the "
                                + "switchboard.security.users list altogether.",
                        user.username(), DEVELOPMENT_PASSWORD, PasswordHash.class.getName(), index);
            }
        }
    }
}
