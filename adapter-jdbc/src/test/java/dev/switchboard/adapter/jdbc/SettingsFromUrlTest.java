package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.config.DataJdbcConfiguration;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.junit.jupiter.api.Test;

/**
 * Driver, dialect and migration folder follow from the URL even when the configuration says otherwise, so that a
 * leftover setting from another database cannot half-configure the service.
 */
class SettingsFromUrlTest {

    @Test
    void theUrlOverridesDriverDialectAndMigrationsWrittenForAnotherDatabase() {
        Map<String, Object> contradicting = Map.of(
                "datasources.default.url", "jdbc:h2:mem:settings-from-url;DB_CLOSE_DELAY=-1",
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "flyway.datasources.default.locations", "classpath:db/migration/postgresql");

        try (ApplicationContext context = ApplicationContext.run(contradicting, "test")) {
            assertThat(bean(context, DatasourceConfiguration.class).getDriverClassName()).isEqualTo("org.h2.Driver");
            assertThat(bean(context, DataJdbcConfiguration.class).getDialect()).isEqualTo(Dialect.H2);
            assertThat(bean(context, Flyway.class).getConfiguration().getLocations())
                    .extracting(Location::getDescriptor).containsExactly("classpath:db/migration/h2");
        }
    }

    @Test
    void transactionsReadCommittedDataUnlessConfiguredOtherwise() {
        try (ApplicationContext context = ApplicationContext.run("test")) {
            assertThat(bean(context, DatasourceConfiguration.class).getTransactionIsolation())
                    .isEqualTo("TRANSACTION_READ_COMMITTED");
        }
        try (ApplicationContext context = ApplicationContext.run(
                Map.of("datasources.default.transaction-isolation", "TRANSACTION_SERIALIZABLE"), "test")) {
            assertThat(bean(context, DatasourceConfiguration.class).getTransactionIsolation())
                    .isEqualTo("TRANSACTION_SERIALIZABLE");
        }
    }

    private static <T> T bean(ApplicationContext context, Class<T> type) {
        return context.getBean(type, Qualifiers.byName("default"));
    }
}
