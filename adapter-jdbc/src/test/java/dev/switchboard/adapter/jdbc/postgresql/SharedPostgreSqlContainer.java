package dev.switchboard.adapter.jdbc.postgresql;

import java.util.Map;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One PostgreSQL container for the test run: started by the first test class that asks
 * ({@link PostgreSqlContainerContractTest}), stopped by Testcontainers when the JVM ends. Only called where a Docker
 * engine answered ({@code @Testcontainers(disabledWithoutDocker = true)} skips the class elsewhere).
 */
final class SharedPostgreSqlContainer {

    /** The major version CI's own server runs. */
    private static final DockerImageName IMAGE = DockerImageName.parse("postgres:15-alpine");

    private static PostgreSQLContainer<?> container;

    private SharedPostgreSqlContainer() {
    }

    /** URL and credentials only, as a user would configure them. */
    static synchronized Map<String, String> datasourceProperties() {
        if (container == null) {
            container = new PostgreSQLContainer<>(IMAGE);
            container.start();
        }
        return Map.of(
                "datasources.default.url", container.getJdbcUrl(),
                "datasources.default.username", container.getUsername(),
                "datasources.default.password", container.getPassword());
    }
}
