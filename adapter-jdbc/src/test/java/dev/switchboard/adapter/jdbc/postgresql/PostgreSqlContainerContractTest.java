package dev.switchboard.adapter.jdbc.postgresql;

import dev.switchboard.adapter.jdbc.JdbcContracts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The contract suites on a PostgreSQL container, where a Docker engine exists; skipped elsewhere. The container's
 * URL is known only once it runs, so the class hands it to Micronaut as a {@link TestPropertyProvider}.
 */
@Testcontainers(disabledWithoutDocker = true)
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgreSqlContainerContractTest extends JdbcContracts implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return SharedPostgreSqlContainer.datasourceProperties();
    }
}
