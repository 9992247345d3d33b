package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.StoredAssistant;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.VoiceAssistants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link VoiceAssistants} must do. Every test uses ids (and, where it lists, names) of
 * its own, and looks only at those. The assistants a test made are deleted after it: their "sealed" texts are not
 * sealed by any key, and a service started later on the same database (the end-to-end tests) would fail to read
 * them. A store whose unit of work is a transaction the port joins extends {@link Transactional}.
 */
public abstract class VoiceAssistantsContract {

    private static final Instant CREATED = Instant.parse("2026-12-07T10:00:00.123Z");

    private final List<String> made = new ArrayList<>();

    protected abstract VoiceAssistants assistants();

    protected abstract UnitOfWork unitOfWork();

    @Test
    void anAddedAssistantIsReadBackWithEveryFieldAtVersionOne() {
        StoredAssistant assistant = assistant(newId(), "Front desk");

        assistants().add(assistant);

        assertThat(assistants().findById(assistant.id())).contains(atVersion(assistant, 1));
    }

    @Test
    void longAndUnicodeTextsAreKept() {
        String longText = "ünïcødé ✓ " + "x".repeat(5000);
        StoredAssistant assistant = new StoredAssistant(newId(), "Ассистент ✓ " + "n".repeat(80), "d".repeat(1024),
                "Genesys Cloud – EMEA ✓", "c" + longText, "s" + longText, CREATED, CREATED.plusSeconds(9), 0);

        assistants().add(assistant);

        assertThat(assistants().findById(assistant.id())).contains(atVersion(assistant, 1));
    }

    @Test
    void anAssistantWithoutChannelsIsKept() {
        StoredAssistant assistant = new StoredAssistant(newId(), "Bare", "", "Twilio Voice", "", "sealed nothing",
                CREATED, CREATED, 0);

        assistants().add(assistant);

        assertThat(assistants().findById(assistant.id())).contains(atVersion(assistant, 1));
    }

    @Test
    void unknownIdsFindNothing() {
        assertThat(assistants().findById(newId())).isEmpty();
        assertThat(assistants().delete(newId())).isFalse();
    }

    @Test
    void aSecondAssistantWithTheSameIdFails() {
        StoredAssistant assistant = assistant(newId(), "Front desk");
        assistants().add(assistant);

        assertThatThrownBy(() -> assistants().add(assistant)).isInstanceOf(DuplicateRecordException.class);
    }

    @Test
    void anUpdateFromTheCurrentVersionIsStoredAndAdvancesIt() {
        StoredAssistant assistant = assistant(newId(), "Front desk");
        assistants().add(assistant);
        StoredAssistant read = assistants().findById(assistant.id()).orElseThrow();
        StoredAssistant changed = new StoredAssistant(read.id(), "Renamed", "now described", "Amazon Connect",
                "webrtc.enabled=false\n", "other sealed", read.createdAt(), CREATED.plusSeconds(60), read.version());

        assistants().update(changed);

        assertThat(assistants().findById(assistant.id())).contains(atVersion(changed, 2));
    }

    @Test
    void anUpdateFromAnOlderVersionOrOfAnUnknownAssistantIsRefused() {
        StoredAssistant assistant = assistant(newId(), "Front desk");
        assistants().add(assistant);
        StoredAssistant read = assistants().findById(assistant.id()).orElseThrow();
        assistants().update(read);

        assertThatThrownBy(() -> assistants().update(read)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(assistants().findById(assistant.id()).orElseThrow().version()).isEqualTo(2);
        assertThatThrownBy(() -> assistants().update(atVersion(assistant(newId(), "x"), 1)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void aDeletedAssistantIsGone() {
        StoredAssistant assistant = assistant(newId(), "Front desk");
        assistants().add(assistant);

        assertThat(assistants().delete(assistant.id())).isTrue();

        assertThat(assistants().findById(assistant.id())).isEmpty();
        assertThat(assistants().delete(assistant.id())).isFalse();
    }

    @Test
    void everyAssistantIsListedByNameThenById() {
        String prefix = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        String first = newId();
        String second = newId();
        String[] sameName = first.compareTo(second) < 0 ? new String[] {first, second} : new String[] {second, first};
        String third = newId();
        String fourth = newId();
        assistants().add(assistant(third, prefix + "-c"));
        assistants().add(assistant(sameName[1], prefix + "-b"));
        assistants().add(assistant(fourth, prefix + "-B"));
        assistants().add(assistant(sameName[0], prefix + "-b"));

        List<String> listed = assistants().findAll().stream().filter(a -> a.name().startsWith(prefix))
                .map(StoredAssistant::id).toList();

        assertThat(listed).as("by code point: B before b before c").containsExactly(fourth, sameName[0], sameName[1],
                third);
    }

    @Test
    void everyCallWorksInsideAUnitOfWork() {
        StoredAssistant assistant = assistant(newId(), "Front desk");
        Optional<StoredAssistant> read = unitOfWork().run(() -> {
            assistants().add(assistant);
            assistants().update(atVersion(assistant, 1));
            return assistants().findById(assistant.id());
        });

        assertThat(read).contains(atVersion(assistant, 2));
        assertThat(unitOfWork().run(() -> assistants().delete(assistant.id()))).isTrue();
    }

    /** Stores whose unit of work is a transaction: what a failed unit added is gone. */
    public abstract static class Transactional extends VoiceAssistantsContract {

        @Test
        void anAddInAUnitThatFailsIsRolledBack() {
            StoredAssistant assistant = assistant(newId(), "Front desk");

            assertThatThrownBy(() -> unitOfWork().run(() -> {
                assistants().add(assistant);
                throw new IllegalStateException("the unit fails");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(assistants().findById(assistant.id())).isEmpty();
        }
    }

    @AfterEach
    void deleteWhatThisTestMade() {
        made.forEach(id -> assistants().delete(id));
    }

    /** A new sys_id, remembered for deletion. */
    protected String newId() {
        String id = UUID.randomUUID().toString().replace("-", "");
        made.add(id);
        return id;
    }

    protected static StoredAssistant assistant(String id, String name) {
        return new StoredAssistant(id, name, "", "Twilio Voice",
                "twilio.enabled=true\ntwilio.liveAgentNumber=+14155550100\n", "sealed secrets of " + id, CREATED,
                CREATED, 0);
    }

    protected static StoredAssistant atVersion(StoredAssistant a, long version) {
        return new StoredAssistant(a.id(), a.name(), a.description(), a.providerApplication(), a.channels(),
                a.sealedSecrets(), a.createdAt(), a.updatedAt(), version);
    }
}
