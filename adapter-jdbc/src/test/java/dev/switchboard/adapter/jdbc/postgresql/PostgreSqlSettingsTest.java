package dev.switchboard.adapter.jdbc.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.config.DataJdbcConfiguration;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
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
        assertThat(flyway.info().applied()).extracting(migration -> migration.getVersion().getVersion())
                .containsExactly("1", "2");
    }
}
