package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What the end-to-end tests of the voice assistants and their channels share: the assembled service on the store a
 * subclass picks, its generated URLs on {@value #PUBLIC_URL}, an administrator's client, and the removal after each
 * test of what the test created (its assistants, its calls' recordings), since the SQL stores' test database is
 * shared with other runs. Interactions cannot be deleted; each test finds its own by ids of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConfiguredAssistantsEndToEnd implements TestPropertyProvider {

    static final String ASSISTANTS = "/api/switchboard/v1/voice-assistants";
    static final String PUBLIC_URL = "https://switchboard.example";

    @Inject
    EmbeddedServer server;
    @Inject
    CallRecordings recordings;

    /** The administrator's client. */
    Http admin;

    private final List<String> assistants = new ArrayList<>();
    private final List<SysId> recorded = new ArrayList<>();

    /** The store: none for the embedded default (H2); the SQL servers are set by annotation, MongoDB here. */
    protected Map<String, String> storeProperties() {
        return Map.of();
    }

    /** What the suite sets besides the store and the public URL. */
    protected Map<String, String> suiteProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(storeProperties());
        properties.putAll(suiteProperties());
        properties.put("switchboard.public-url", PUBLIC_URL);
        return properties;
    }

    @BeforeAll
    void adminClient() {
        admin = new Http(server.getURI(), "admin", "admin");
    }

    @AfterEach
    void deleteWhatTheTestCreated() {
        assistants.forEach(id -> admin.send("DELETE", ASSISTANTS + "/" + id, null));
        assistants.clear();
        recorded.forEach(recordings::delete);
        recorded.clear();
    }

    /**
     * Creates an assistant over the admin API, to be deleted after the test.
     *
     * @return the creation's answer, the only one that shows the generated secrets in full
     */
    String configure(String assistant) {
        HttpResponse<String> created = admin.send("POST", ASSISTANTS, assistant);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        deleteAfterTheTest(Http.field(created.body(), "id"));
        return created.body();
    }

    /** An assistant the test created otherwise, to be deleted after it. */
    void deleteAfterTheTest(String assistantId) {
        assistants.add(assistantId);
    }

    /** An interaction whose call left a recording, to be deleted after the test. */
    void deleteRecordingAfterTheTest(SysId interactionId) {
        recorded.add(interactionId);
    }
}
