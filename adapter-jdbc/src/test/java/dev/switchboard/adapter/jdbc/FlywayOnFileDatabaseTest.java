package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default: an H2 file that does not exist yet is created and migrated on the first start, and the
 * next start finds the schema and the data in place instead of migrating again.
 */
class FlywayOnFileDatabaseTest {

    @TempDir
    Path directory;

    @Test
    void theFirstStartCreatesTheSchemaAndTheNextStartReusesIt() {
        Map<String, Object> fileDatabase = Map.of("datasources.default.url",
                "jdbc:h2:file:" + directory.resolve("switchboard").toAbsolutePath() + ";LOCK_TIMEOUT=10000");
        Interaction interaction = Interaction.open(ScriptedIdGenerator.random(),
                CallerDetails.of("+14089178877", null, null, "contact-1", null),
                Instant.parse("2026-03-01T10:15:30.123Z"));

        Instant testStarted = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant migratedOn;
        try (ApplicationContext first = ApplicationContext.run(fileDatabase, "test")) {
            MigrationInfo[] applied = flyway(first).info().applied();
            assertThat(applied).extracting(info -> info.getVersion().getVersion())
                    .containsExactly("1", "2", "3", "4", "5", "6", "7");
            migratedOn = applied[0].getInstalledOn().toInstant();
            assertThat(migratedOn).isAfterOrEqualTo(testStarted);
            first.getBean(UnitOfWork.class).run(() -> {
                first.getBean(Interactions.class).add(interaction);
                return null;
            });
        }
        assertThat(directory.resolve("switchboard.mv.db")).isRegularFile();

        try (ApplicationContext second = ApplicationContext.run(fileDatabase, "test")) {
            MigrationInfo[] applied = flyway(second).info().applied();
            assertThat(Arrays.stream(applied).map(info -> info.getInstalledOn().toInstant()))
                    .hasSize(7).first().isEqualTo(migratedOn);
            assertThat(second.getBean(Interactions.class).findIdByClientSessionId("contact-1"))
                    .contains(interaction.id());
        }
    }

    private static Flyway flyway(ApplicationContext context) {
        return context.getBean(Flyway.class, Qualifiers.byName("default"));
    }
}
