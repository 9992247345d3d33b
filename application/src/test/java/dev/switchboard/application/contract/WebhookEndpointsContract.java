package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.StoredEndpoint;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.WebhookEndpoints;
import dev.switchboard.domain.event.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link WebhookEndpoints} must do. Every test uses names of its own, and
 * {@link #everyEndpointIsListedByName} looks only at those. The endpoints a test made are deleted after it: their
 * "sealed" texts are not sealed by any key, and a service started later on the same database (the end-to-end tests)
 * would refuse to start on them. A store whose unit of work is a transaction the port joins extends
 * {@link Transactional}.
 */
public abstract class WebhookEndpointsContract {

    private final List<String> made = new ArrayList<>();

    private static final Instant CREATED = Instant.parse("2026-12-07T10:00:00.123Z");

    protected abstract WebhookEndpoints endpoints();

    protected abstract UnitOfWork unitOfWork();

    @Test
    void anAddedEndpointIsReadBackWithEveryFieldAtVersionOne() {
        StoredEndpoint endpoint = endpoint(newName());

        endpoints().add(endpoint);

        assertThat(endpoints().findByName(endpoint.name())).contains(atVersion(endpoint, 1));
    }

    @Test
    void optionalFieldsAndLongTextsAreKept() {
        String longText = "ünïcødé ✓ " + "x".repeat(3000);
        StoredEndpoint endpoint = new StoredEndpoint(newName(), "https://hooks.example/" + "p".repeat(2000),
                "d".repeat(1024), EnumSet.allOf(EventType.class), "k" + longText, "a" + longText, false,
                Optional.of("410 Gone from https://hooks.example/x"), Optional.of(CREATED.plusSeconds(5)),
                Optional.of(CREATED.plusSeconds(1)), "CONFIGURATION", CREATED, CREATED.plusSeconds(9), 0);

        endpoints().add(endpoint);

        assertThat(endpoints().findByName(endpoint.name())).contains(atVersion(endpoint, 1));
    }

    @Test
    void unknownNamesFindNothing() {
        assertThat(endpoints().findByName(newName())).isEmpty();
        assertThat(endpoints().delete(newName())).isFalse();
    }

    @Test
    void aSecondEndpointWithTheSameNameFails() {
        StoredEndpoint endpoint = endpoint(newName());
        endpoints().add(endpoint);

        assertThatThrownBy(() -> endpoints().add(endpoint)).isInstanceOf(DuplicateRecordException.class);
    }

    @Test
    void anUpdateFromTheCurrentVersionIsStoredAndAdvancesIt() {
        StoredEndpoint endpoint = endpoint(newName());
        endpoints().add(endpoint);
        StoredEndpoint read = endpoints().findByName(endpoint.name()).orElseThrow();
        StoredEndpoint changed = new StoredEndpoint(read.name(), "https://elsewhere.example/in", "changed",
                EnumSet.of(EventType.TRANSCRIPT_SAVED), "new keys", "new auth", false, Optional.of("operator"),
                Optional.of(CREATED.plusSeconds(60)), Optional.empty(), read.source(), read.createdAt(),
                CREATED.plusSeconds(60), read.version());

        endpoints().update(changed);

        assertThat(endpoints().findByName(endpoint.name())).contains(atVersion(changed, 2));
    }

    @Test
    void anUpdateFromAnOlderVersionOrOfAnUnknownEndpointIsRefused() {
        StoredEndpoint endpoint = endpoint(newName());
        endpoints().add(endpoint);
        StoredEndpoint read = endpoints().findByName(endpoint.name()).orElseThrow();
        endpoints().update(read);

        assertThatThrownBy(() -> endpoints().update(read)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(endpoints().findByName(endpoint.name()).orElseThrow().version()).isEqualTo(2);
        assertThatThrownBy(() -> endpoints().update(atVersion(endpoint(newName()), 1)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void aDeletedEndpointIsGone() {
        StoredEndpoint endpoint = endpoint(newName());
        endpoints().add(endpoint);

        assertThat(endpoints().delete(endpoint.name())).isTrue();

        assertThat(endpoints().findByName(endpoint.name())).isEmpty();
        assertThat(endpoints().delete(endpoint.name())).isFalse();
    }

    @Test
    void everyEndpointIsListedByName() {
        String prefix = newName();
        List<String> names = List.of(prefix + "-c", prefix + "-a", prefix + "-b");
        made.addAll(names);
        names.forEach(name -> endpoints().add(endpoint(name)));

        List<String> listed = endpoints().findAll().stream().map(StoredEndpoint::name)
                .filter(name -> name.startsWith(prefix)).toList();

        assertThat(listed).containsExactly(prefix + "-a", prefix + "-b", prefix + "-c");
    }

    @Test
    void everyCallWorksInsideAUnitOfWork() {
        StoredEndpoint endpoint = endpoint(newName());
        Optional<StoredEndpoint> read = unitOfWork().run(() -> {
            endpoints().add(endpoint);
            endpoints().update(atVersion(endpoint, 1));
            return endpoints().findByName(endpoint.name());
        });

        assertThat(read).contains(atVersion(endpoint, 2));
        assertThat(unitOfWork().run(() -> endpoints().delete(endpoint.name()))).isTrue();
    }

    /** Stores whose unit of work is a transaction: what a failed unit added is gone. */
    public abstract static class Transactional extends WebhookEndpointsContract {

        @Test
        void anAddInAUnitThatFailsIsRolledBack() {
            StoredEndpoint endpoint = endpoint(newName());

            assertThatThrownBy(() -> unitOfWork().run(() -> {
                endpoints().add(endpoint);
                throw new IllegalStateException("the unit fails");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(endpoints().findByName(endpoint.name())).isEmpty();
        }
    }

    @AfterEach
    void deleteWhatThisTestMade() {
        made.forEach(name -> endpoints().delete(name));
    }

    protected String newName() {
        String name = "contract-" + UUID.randomUUID().toString().substring(0, 13);
        made.add(name);
        return name;
    }

    protected static StoredEndpoint endpoint(String name) {
        return new StoredEndpoint(name, "https://hooks.example/" + name, "", Set.of(EventType.INTERACTION_OPENED,
                EventType.INTERACTION_CLOSED), "sealed keys of " + name, "sealed auth", true, Optional.empty(),
                Optional.empty(), Optional.empty(), "API", CREATED, CREATED, 0);
    }

    protected static StoredEndpoint atVersion(StoredEndpoint e, long version) {
        return new StoredEndpoint(e.name(), e.url(), e.description(), e.eventTypes(), e.sealedKeys(), e.sealedAuth(),
                e.enabled(), e.disabledReason(), e.disabledAt(), e.failingSince(), e.source(), e.createdAt(),
                e.updatedAt(), version);
    }
}
