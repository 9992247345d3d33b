package dev.switchboard.adapter.jdbc;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and closes one connection with each data source's final configuration, before the pool and Flyway are
 * built from it. A database that cannot be reached then stops the start with one sentence naming the URL
 * ({@link DatabaseStartupException}) instead of the pool's and Flyway's stacks of wrapped exceptions.
 *
 * <p>A data source that is switched off ({@code datasources.<name>.enabled: false}, as bootstrap does when another
 * storage is chosen) is not checked: micronaut-jdbc builds no pool for it, but its configuration is still created.
 */
@Singleton
class ConnectionCheck implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionCheck.class);

    private final PropertyResolver configuration;

    ConnectionCheck(PropertyResolver configuration) {
        this.configuration = configuration;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        if (!configuration.getProperty("datasources." + datasource.getName() + ".enabled", Boolean.class, true)) {
            return datasource;
        }
        Properties properties = new Properties();
        properties.putAll(datasource.getDataSourceProperties());
        if (datasource.getUsername() != null) {
            properties.setProperty("user", datasource.getUsername());
        }
        if (datasource.getPassword() != null) {
            properties.setProperty("password", datasource.getPassword());
        }
        try {
            // Initialising the driver class registers it with DriverManager, whatever the class path's services say.
            Class.forName(datasource.getDriverClassName());
            try (Connection ignored = DriverManager.getConnection(datasource.getUrl(), properties)) {
                return datasource;
            }
        } catch (SQLException | ClassNotFoundException e) {
            LOG.debug("The connection check of data source {} failed", datasource.getName(), e);
            throw DatabaseStartupException.unreachable(datasource.getUrl(), datasource.getPassword(),
                    rootCause(e).getMessage());
        }
    }

    /** The innermost cause says it best: "Connection refused" rather than the driver's paragraph around it. */
    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause().getMessage() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
