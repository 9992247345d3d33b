package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit of work on an H2 file is in the file when it returns, whatever H2's WRITE_DELAY: the file is copied while
 * the database is still open (what a killed process leaves behind) and the copy is opened on its own.
 */
class H2FileDurabilityTest {

    @TempDir
    Path directory;

    @Test
    void aCommittedUnitIsInTheFileBeforeItReturns() throws Exception {
        // A minute: without the CHECKPOINT after the commit, H2 would not have written the unit yet.
        String url = "jdbc:h2:file:" + directory.resolve("live/switchboard").toAbsolutePath()
                + ";WRITE_DELAY=60000;RETENTION_TIME=1000";
        Interaction interaction = Interaction.open(ScriptedIdGenerator.random(),
                CallerDetails.of("+14089178877", null, null, "contact-1", null),
                Instant.parse("2026-03-01T10:15:30.123Z"));

        try (ApplicationContext context = ApplicationContext.run(Map.of("datasources.default.url", url), "test")) {
            context.getBean(UnitOfWork.class).run(() -> {
                context.getBean(Interactions.class).add(interaction);
                return null;
            });
            Files.createDirectories(directory.resolve("copy"));
            Files.copy(directory.resolve("live/switchboard.mv.db"), directory.resolve("copy/switchboard.mv.db"));
        }

        assertThat(idsIn(directory.resolve("copy/switchboard"))).isEqualTo(interaction.id().value());
    }

    private static String idsIn(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database.toAbsolutePath(), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM interaction")) {
            return rows.next() ? rows.getString(1) : "(no interaction in the file)";
        }
    }
}
