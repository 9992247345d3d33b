package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside the dev environment, a start without switchboard.secrets.key stops, and says what to set. */
class MissingSecretsKeyStopsTheStartTest {

    @Test
    void theStartStopsNamingTheSetting() {
        Map<String, Object> properties = Map.of("micronaut.server.port", -1,
                "datasources.default.url", "jdbc:h2:mem:no-key;DB_CLOSE_DELAY=-1",
                "switchboard.secrets.key", "");

        assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, properties).close())
                .rootCause().hasMessageContaining("switchboard.secrets.key is not set")
                .hasMessageContaining("SWITCHBOARD_SECRETS_KEY");
    }
}
