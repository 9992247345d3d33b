package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot be used stops the start with one sentence that names the URL and never the password,
 * rather than the pool's and Flyway's stacks of wrapped exceptions. No server is needed: nothing listens on the port.
 */
class StartupFailureTest {

    private static final String PASSWORD = "s3cret-Passw0rd";

    @Test
    void anUnreachablePostgreSqlServerIsNamedWithTheReason() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/switchboard";

        Throwable failure = start(url);

        assertThat(failure).rootCause().isInstanceOf(DatabaseStartupException.class)
                .hasMessage("Cannot connect to the database at " + url + ": Connection refused");
        assertThat(failure.getMessage()).endsWith("Cannot connect to the database at " + url + ": Connection refused")
                .doesNotContain(PASSWORD);
    }

    @Test
    void anUnreachableMariaDbServerIsNamedWithTheReason() throws IOException {
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort() + "/switchboard";

        assertThat(start(url)).rootCause()
                .hasMessage("Cannot connect to the database at " + url + ": Connection refused");
    }

    @Test
    void aPasswordInTheUrlIsMaskedInTheMessage() throws IOException {
        int port = closedPort();

        Throwable failure = start("jdbc:postgresql://127.0.0.1:" + port + "/switchboard?password=" + PASSWORD);

        assertThat(failure).rootCause().hasMessage("Cannot connect to the database at jdbc:postgresql://127.0.0.1:"
                + port + "/switchboard?password=***: Connection refused");
        assertThat(failure.getMessage()).doesNotContain(PASSWORD);
    }

    @Test
    void anUnsupportedUrlIsRefusedBeforeAnythingIsTried() {
        Throwable failure = start("jdbc:sqlserver://127.0.0.1:1433;databaseName=switchboard");

        assertThat(failure).rootCause().isInstanceOf(DatabaseStartupException.class)
                .hasMessageStartingWith("Unsupported database URL jdbc:sqlserver://127.0.0.1:1433;databaseName=switchboard:");
    }

    /** Another storage switches the data source off (bootstrap's StorageSelection); it must not be checked then. */
    @Test
    void aDataSourceThatIsSwitchedOffIsNotChecked() throws IOException {
        Map<String, Object> switchedOff = Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/switchboard",
                "datasources.default.enabled", false,
                "switchboard.storage", "mongo");

        try (ApplicationContext context = ApplicationContext.run(switchedOff, "test")) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    private static Throwable start(String url) {
        return catchThrowable(() -> ApplicationContext.run(Map.of(
                "datasources.default.url", url,
                "datasources.default.username", "switchboard",
                "datasources.default.password", PASSWORD), "test").close());
    }

    /** A port nothing listens on: taken from the system, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
