package dev.switchboard.adapter.jdbc.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.jdbc.InChunks;
import dev.switchboard.adapter.jdbc.StoredRecords;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What this adapter adds to the contract: key lookups longer than one IN list. */
@MicronautTest(transactional = false)
class JdbcTranscriptMessagesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123Z");

    @Inject
    StorageFixture storage;

    @Test
    void existingKeysAreFoundAcrossSeveralInLists() {
        Conversation conversation = storedConversation();
        List<TranscriptMessage> stored = IntStream.range(0, 1_200)
                .mapToObj(i -> conversation.append(ScriptedIdGenerator.random(), utterance("stored " + i), NOW))
                .toList();
        storage.unitOfWork().run(() -> {
            storage.messages().addAll(stored);
            return null;
        });
        List<String> storedKeys = stored.stream().map(TranscriptMessage::deduplicationKey).toList();
        List<String> asked = new ArrayList<>(storedKeys);
        IntStream.range(0, 900).forEach(i -> asked.add(utterance("never stored " + i).deduplicationKey()));

        assertThat(asked.size()).isGreaterThan(4 * InChunks.SIZE);
        assertThat(storage.messages().findExistingKeys(conversation.id(), asked))
                .containsExactlyInAnyOrderElementsOf(storedKeys);
    }

    /** More keys than one statement may bind, over many conversations: several statements, each answer its own. */
    @Test
    void theKeysOfManyConversationsAreFoundAcrossSeveralStatements() {
        Map<SysId, List<String>> asked = new LinkedHashMap<>();
        Map<SysId, Set<String>> expected = new HashMap<>();
        for (int c = 0; c < 40; c++) {
            Conversation conversation = storedConversation();
            int count = c == 0 ? 1_500 : 30;
            List<TranscriptMessage> stored = IntStream.range(0, count)
                    .mapToObj(i -> conversation.append(ScriptedIdGenerator.random(), utterance("said " + i), NOW))
                    .toList();
            storage.unitOfWork().run(() -> {
                storage.messages().addAll(stored);
                return null;
            });
            List<String> keys = new ArrayList<>(stored.stream().map(TranscriptMessage::deduplicationKey).toList());
            expected.put(conversation.id(), Set.copyOf(keys));
            keys.add(utterance("never said").deduplicationKey());
            asked.put(conversation.id(), keys);
        }

        assertThat(storage.messages().findExistingKeys(asked)).isEqualTo(expected);
    }

    private Conversation storedConversation() {
        return StoredRecords.storedConversation(storage, NOW);
    }

    private static Utterance utterance(String content) {
        return new Utterance(Participant.AGENT, content, new OffsetRange(0, 1), null, null, false, false, null, null);
    }
}
