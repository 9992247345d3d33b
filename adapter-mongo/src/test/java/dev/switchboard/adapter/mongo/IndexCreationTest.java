package dev.switchboard.adapter.mongo;

import static dev.switchboard.adapter.mongo.TestRecords.T0;
import static dev.switchboard.adapter.mongo.TestRecords.storedInteraction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.interaction.Interaction;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/**
 * The store creates its indexes when it opens, every time (creating an existing index changes nothing). The
 * commands are checked as the driver sends them, because mongo-java-server accepts but ignores non-unique indexes;
 * the Testcontainers suite lists them on a real MongoDB.
 */
class IndexCreationTest {

    @Test
    void openingTheStoreCreatesEveryIndexItsQueriesUse() {
        List<String> created = new ArrayList<>();
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("createIndexes")) {
                    BsonDocument command = event.getCommand();
                    command.getArray("indexes").forEach(index -> created.add(command.getString("createIndexes").getValue()
                            + " " + describe(index.asDocument())));
                }
            }
        };
        String uri = InProcessMongo.uri("indexes");
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri)).addCommandListener(recorder).build())) {
            new MongoStore(client.getDatabase("indexes")).createIndexes();
            new MongoStore(client.getDatabase("indexes")).createIndexes();
        }

        assertThat(created).containsOnly(
                "interactions {\"clientSessionId\": 1, \"openedAt\": -1, \"_id\": -1}",
                "interactions {\"conversation._id\": 1} unique sparse",
                "transcript_messages {\"conversationId\": 1, \"beginOffsetMillis\": 1, \"endOffsetMillis\": 1, \"sequence\": 1}",
                "transcript_messages {\"batchId\": 1}",
                "transcript_messages {\"writtenAt\": 1} sparse",
                "bot_sessions {\"channel\": 1, \"conversationKey\": 1} unique",
                "bot_sessions {\"agentState\": 1, \"queue\": 1, \"updatedAt\": 1}",
                "interactions {\"outbox._id\": 1} sparse",
                "bot_sessions {\"outbox._id\": 1} sparse",
                "webhook_deliveries {\"seq\": 1} unique",
                "webhook_deliveries {\"state\": 1, \"seq\": 1}",
                "webhook_deliveries {\"endpoint\": 1, \"orderingKey\": 1, \"state\": 1, \"seq\": 1}",
                "webhook_deliveries {\"endpoint\": 1, \"seq\": 1}",
                "call_recording_chunks {\"interactionId\": 1, \"chunk\": 1} unique");
        assertThat(created).hasSize(28);
    }

    @Test
    void theUniqueIndexKeepsAConversationIdToOneInteraction() {
        StorageFixture storage = MongoStorage.on(InProcessMongo.database("indexes")).ports();
        Interaction first = storedInteraction(storage);
        Interaction second = storedInteraction(storage);
        Conversation conversation = Conversation.begin(ScriptedIdGenerator.random(), first.id(), T0);
        storage.conversations().add(conversation);

        Conversation sameId = Conversation.restore(conversation.id(), second.id(), T0, null, null, 0,
                conversation.tally());
        assertThatThrownBy(() -> storage.conversations().add(sameId))
                .isInstanceOf(DuplicateRecordException.class).hasMessageContaining("already stored");
        assertThat(storage.conversations().findByInteraction(second.id())).isEmpty();
    }

    private static String describe(BsonDocument index) {
        return index.getDocument("key").toJson()
                + (index.getBoolean("unique", BsonBoolean.FALSE).getValue() ? " unique" : "")
                + (index.getBoolean("sparse", BsonBoolean.FALSE).getValue() ? " sparse" : "");
    }
}
