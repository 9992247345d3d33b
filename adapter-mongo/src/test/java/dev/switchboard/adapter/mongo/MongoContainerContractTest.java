package dev.switchboard.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.switchboard.application.contract.BotSessionsContract;
import dev.switchboard.application.contract.ConversationsContract;
import dev.switchboard.application.contract.InteractionsContract;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.contract.TranscriptMessagesContract;
import dev.switchboard.application.contract.UnitOfWorkContract;
import dev.switchboard.application.contract.CallRecordingsContract;
import dev.switchboard.application.contract.VoiceAssistantsContract;
import dev.switchboard.application.contract.WebhookEndpointsContract;
import dev.switchboard.application.contract.WebhookOutboxContract;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.application.port.out.VoiceAssistants;
import dev.switchboard.application.port.out.WebhookEndpoints;
import dev.switchboard.application.port.out.WebhookOutbox;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same contract suites on a real MongoDB, where a Docker engine runs; skipped (not failed) where none does.
 * A single server without a replica set, like many real deployments: the adapter needs no transactions.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoContainerContractTest {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    private static MongoClient client;
    private static MongoStorage storage;

    @BeforeAll
    static void openStore() {
        client = MongoClients.create(MONGO.getConnectionString());
        storage = MongoStorage.on(database());
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    private static MongoDatabase database() {
        return client.getDatabase("switchboard");
    }

    @Test
    void everyIndexExistsOnARealServer() {
        List<Document> indexes = storage.collection(MongoStore.MESSAGES).listIndexes().into(new ArrayList<>());

        assertThat(indexes).extracting(index -> index.get("key", Document.class).keySet().iterator().next())
                .contains("conversationId", "batchId", "writtenAt");
        assertThat(storage.collection(MongoStore.INTERACTIONS).listIndexes().into(new ArrayList<>())).hasSize(4);
    }

    @Nested
    class Interactions extends InteractionsContract {
        @Override
        protected StorageFixture storage() {
            return storage.ports();
        }
    }

    @Nested
    class Conversations extends ConversationsContract {
        @Override
        protected StorageFixture storage() {
            return storage.ports();
        }
    }

    @Nested
    class Messages extends TranscriptMessagesContract {
        @Override
        protected StorageFixture storage() {
            return storage.ports();
        }
    }

    @Nested
    class UnitOfWork extends UnitOfWorkContract {
        @Override
        protected StorageFixture storage() {
            return storage.ports();
        }
    }

    @Nested
    class Outbox extends WebhookOutboxContract.Transactional {
        @Override
        protected WebhookOutbox outbox() {
            return storage.webhookOutbox();
        }

        /** Named in full: the nested suite {@code UnitOfWork} above hides the port's simple name here. */
        @Override
        protected dev.switchboard.application.port.out.UnitOfWork unitOfWork() {
            return storage.ports().unitOfWork();
        }
    }

    @Nested
    class Sessions extends BotSessionsContract.Transactional {
        @Override
        protected BotSessions botSessions() {
            return storage.botSessions();
        }

        /** Named in full: the nested suite {@code UnitOfWork} above hides the port's simple name here. */
        @Override
        protected dev.switchboard.application.port.out.UnitOfWork unitOfWork() {
            return storage.ports().unitOfWork();
        }
    }

    @Nested
    class Endpoints extends WebhookEndpointsContract {
        @Override
        protected WebhookEndpoints endpoints() {
            return new MongoWebhookEndpoints(storage.store());
        }

        /** Named in full: the nested suite {@code UnitOfWork} above hides the port's simple name here. */
        @Override
        protected dev.switchboard.application.port.out.UnitOfWork unitOfWork() {
            return storage.ports().unitOfWork();
        }
    }

    @Nested
    class Assistants extends VoiceAssistantsContract {
        @Override
        protected VoiceAssistants assistants() {
            return new MongoVoiceAssistants(storage.store());
        }

        /** Named in full: the nested suite {@code UnitOfWork} above hides the port's simple name here. */
        @Override
        protected dev.switchboard.application.port.out.UnitOfWork unitOfWork() {
            return storage.ports().unitOfWork();
        }
    }

    @Nested
    class Recordings extends CallRecordingsContract {
        @Override
        protected CallRecordings recordings() {
            return new MongoCallRecordings(storage.store());
        }
    }
}
