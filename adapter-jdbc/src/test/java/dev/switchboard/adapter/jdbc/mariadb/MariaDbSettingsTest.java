package dev.switchboard.adapter.jdbc.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.config.DataJdbcConfiguration;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.junit.jupiter.api.Test;

/** With only URL, user and password set, the service runs on MariaDB, reached by a jdbc:mariadb: or jdbc:mysql: URL. */
@MicronautTest(transactional = false)
@OnLocalMariaDb
class MariaDbSettingsTest {

    @Inject
    ApplicationContext context;

    @Test
    void theUrlChoosesDriverDialectAndMigrations() {
        assertThat(context.getBean(DatasourceConfiguration.class, Qualifiers.byName("default")).getDriverClassName())
                .isEqualTo("org.mariadb.jdbc.Driver");
        assertThat(context.getBean(DataJdbcConfiguration.class, Qualifiers.byName("default")).getDialect())
                .isEqualTo(Dialect.MYSQL);
        Flyway flyway = context.getBean(Flyway.class, Qualifiers.byName("default"));
        assertThat(flyway.getConfiguration().getLocations()).extracting(Location::getDescriptor)
                .containsExactly("classpath:db/migration/mariadb");
        // The server's test database is shared by every checkout on this machine: one with a newer migration may
        // have applied it already (Flyway passes over such "future" versions). Ours must all be there, none pending.
        assertThat(flyway.info().applied()).extracting(migration -> migration.getVersion().getVersion())
                .startsWith("1", "2", "3", "4", "5", "6", "7");
        assertThat(flyway.info().pending()).isEmpty();
    }

    /** The URL a MySQL user would write works too, through the MariaDB driver. */
    @Test
    void aMySqlUrlReachesTheSameDatabase() {
        Interaction interaction = Interaction.open(ScriptedIdGenerator.random(),
                CallerDetails.of("+14089178877", null, null, null, null), Instant.parse("2026-03-01T10:15:30.123Z"));
        context.getBean(UnitOfWork.class).run(() -> {
            context.getBean(Interactions.class).add(interaction);
            return null;
        });

        try (ApplicationContext mysql = ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:mysql://127.0.0.1:3306/switchboard_test",
                "datasources.default.username", "root",
                "datasources.default.password", ""), "test")) {
            assertThat(mysql.getBean(DataJdbcConfiguration.class, Qualifiers.byName("default")).getDialect())
                    .isEqualTo(Dialect.MYSQL);
            assertThat(mysql.getBean(Interactions.class).findById(interaction.id())).isPresent();
        }
    }
}
