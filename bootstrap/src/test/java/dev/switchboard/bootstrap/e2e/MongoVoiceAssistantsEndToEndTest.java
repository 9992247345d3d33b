package dev.switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** The voice assistant API with {@code switchboard.storage=mongo}, against mongo-java-server over a real socket. */
@MicronautTest(environments = "e2e", transactional = false)
class MongoVoiceAssistantsEndToEndTest extends VoiceAssistantsEndToEnd {

    private MongoOnASocket mongo;

    @Override
    protected Map<String, String> storeProperties() {
        mongo = new MongoOnASocket();
        return mongo.serviceProperties();
    }

    @Override
    protected String storedRows() {
        return mongo.documents("voice_assistants");
    }

    @AfterAll
    void stopMongo() {
        mongo.close();
    }
}
