package dev.switchboard.adapter.jdbc;

import io.micronaut.context.annotation.Property;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a test class only when the database server that its {@code datasources.default.*} {@link Property}
 * annotations point at accepts connections, and creates the test database there first if it is missing.
 *
 * <p>A server that cannot be reached skips the class with a one-line reason, so that a developer without
 * PostgreSQL or MariaDB can still build. Under CI ({@code CI=true}) it fails the class instead: CI provides both
 * servers ({@code .ci/run} starts them), so a missing one is a broken build, not a reason to test less.
 */
public final class LocalDatabaseServerCondition implements ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalDatabaseServerCondition.class);

    @Override
    @SuppressWarnings("unchecked") // the store hands back the Optional<String> that prepare returned
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Map<String, String> datasource = context.getTestClass()
                .map(LocalDatabaseServerCondition::datasourceProperties)
                .orElse(Map.of());
        String url = datasource.get("datasources.default.url");
        if (url == null) {
            return ConditionEvaluationResult.enabled("no datasources.default.url on the test class");
        }
        // Once per database per test run: every class on the same database shares the answer.
        Optional<String> failure = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(url,
                key -> prepare(url, datasource.get("datasources.default.username"),
                        datasource.get("datasources.default.password")),
                Optional.class);
        if (failure.isEmpty()) {
            return ConditionEvaluationResult.enabled(url + " is ready");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(failure.get() + " (CI=true, where the server must run: see .ci/run)");
        }
        String reason = failure.get() + " (skipped outside CI; with CI=true this fails)";
        // Surefire's summary counts skipped tests but does not say why; this module prints test output (see its
        // pom), so the reason reaches the developer's console as one line per test class.
        System.out.println("SKIPPED " + context.getDisplayName() + ": " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    private static Map<String, String> datasourceProperties(Class<?> testClass) {
        return AnnotationSupport.findRepeatableAnnotations(testClass, Property.class).stream()
                .collect(Collectors.toMap(Property::name, Property::value));
    }

    /** Empty when the test database exists (now), otherwise why it could not be reached or created. */
    private static Optional<String> prepare(String url, String user, String password) {
        URI location = URI.create(url.substring("jdbc:".length()));
        String database = location.getPath().substring(1);
        String server = "jdbc:" + location.getScheme() + "://" + location.getAuthority() + "/";
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        try {
            if (url.startsWith("jdbc:postgresql:")) {
                credentials.setProperty("connectTimeout", "5");
                try (Connection admin = DriverManager.getConnection(server + "postgres", credentials)) {
                    createPostgreSqlDatabaseIfMissing(admin, database);
                }
            } else if (url.startsWith("jdbc:mariadb:")) {
                credentials.setProperty("connectTimeout", "5000");
                try (Connection admin = DriverManager.getConnection(server, credentials);
                     Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE IF NOT EXISTS " + database
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                }
            } else {
                return Optional.of("No test server is known for " + url);
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("No database server at " + server + ": " + rootCause(e).getMessage());
        }
    }

    /** "Connection refused" rather than the driver's paragraph around it. */
    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause().getMessage() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** PostgreSQL has no CREATE DATABASE IF NOT EXISTS. */
    private static void createPostgreSqlDatabaseIfMissing(Connection admin, String database) throws SQLException {
        try (PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
        }
        try (Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + database);
        }
    }
}
