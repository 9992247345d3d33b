package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.Conversations;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JDBC adapters are the default storage and step aside when another storage is configured. */
class StorageSelectionTest {

    private static final List<Class<?>> PORTS =
            List.of(Interactions.class, Conversations.class, TranscriptMessages.class, UnitOfWork.class);

    @Test
    void withoutAStorageSettingEveryPortIsServedByJdbc() {
        try (ApplicationContext context = ApplicationContext.run("test")) {
            assertThat(PORTS).allSatisfy(port ->
                    assertThat(context.getBean(port).getClass().getSimpleName()).startsWith("Jdbc"));
        }
    }

    @Test
    void anotherStorageSettingLeavesEveryPortToAnotherAdapter() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("switchboard.storage", "mongo"), "test")) {
            assertThat(PORTS).allSatisfy(port -> assertThat(context.findBean(port)).isEmpty());
        }
    }
}
