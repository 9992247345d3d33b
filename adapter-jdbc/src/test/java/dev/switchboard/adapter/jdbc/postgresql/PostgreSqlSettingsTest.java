package dev.switchboard.adapter.jdbc.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.jdbc.config.DataJdbcConfiguration;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** With only URL, user and password set, the service runs on PostgreSQL with PostgreSQL's schema. */
@MicronautTest(transactional = false)
@OnLocalPostgreSql
class PostgreSqlSettingsTest {

    @Inject
    ApplicationContext context;

    @Test
    void theUrlChoosesDriverDialectAndMigrations() {
        assertThat(context.getBean(DatasourceConfiguration.class, Qualifiers.byName("default")).getDriverClassName())
                .isEqualTo("org.postgresql.Driver");
        assertThat(context.getBean(DataJdbcConfiguration.class, Qualifiers.byName("default")).getDialect())
                .isEqualTo(Dialect.POSTGRES);
        Flyway flyway = context.getBean(Flyway.class, Qualifiers.byName("default"));
        assertThat(flyway.getConfiguration().getLocations()).extracting(Location::getDescriptor)
                .containsExactly("classpath:db/migration/postgresql");
        // The server's test database is shared by every checkout on this machine: one with a newer migration may
        // have applied it already (Flyway passes over such "future" versions). Ours must all be there, none pending.
        assertThat(flyway.info().applied()).extracting(migration -> migration.getVersion().getVersion())
                .startsWith("1", "2", "3", "4", "5", "6", "7");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void everyConnectionPlansEachExecutionForItsParameters() throws Exception {
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(
                context.getBean(DataSource.class, Qualifiers.byName("default")));
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("SHOW plan_cache_mode")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("force_custom_plan");
        }
    }
}
