package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.switchboard.adapter.rest.security.ConfiguredUser;
import dev.switchboard.adapter.rest.security.DevelopmentPasswordWarning;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The development-password warning recognises the shipped admin hash by its text, so the hash in application.yml
 * and the one the warning knows must be the same string.
 */
@MicronautTest(environments = "e2e", transactional = false)
class ShippedAdminHashTest {

    @Inject
    List<ConfiguredUser> users;

    @Test
    void theShippedAdminHashIsTheOneTheWarningRecognises() {
        assumeTrue(System.getenv("SWITCHBOARD_ADMIN_PASSWORD_HASH") == null, "an admin hash is set in the environment");

        assertThat(users).singleElement().satisfies(admin -> {
            assertThat(admin.username()).isEqualTo("admin");
            assertThat(admin.passwordHash()).isEqualTo(DevelopmentPasswordWarning.SHIPPED_HASH);
        });
    }
}
