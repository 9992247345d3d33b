package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import java.util.ArrayList;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link dev.switchboard.application.port.out.TranscriptMessages} must do. */
public abstract class TranscriptMessagesContract extends StorageContract {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_LIMIT);

    @Test
    void aStoredMessageIsReadBackWithEveryField() {
        Conversation conversation = storedConversation();
        TranscriptMessage stored = append(conversation, List.of(utterance(2650, 9380, "This is John. How can I help you?")))
                .get(0);

        List<TranscriptMessage> read = storage().messages().findPage(conversation.id(), ALL);

        assertThat(read).containsExactly(stored);
    }

    @Test
    void optionalMessageFieldsMayBeAbsent() {
        Conversation conversation = storedConversation();
        Utterance bare = new Utterance(Participant.AGENT, "Hello", new OffsetRange(0, 5), null, null, true, true,
                null, null);
        TranscriptMessage stored = append(conversation, List.of(bare)).get(0);

        assertThat(storage().messages().findPage(conversation.id(), ALL)).containsExactly(stored);
    }

    @Test
    void messagesAreReadByBeginOffsetThenEndOffsetThenArrival() {
        Conversation conversation = storedConversation();
        List<TranscriptMessage> stored = append(conversation, List.of(
                utterance(30_000, 35_000, "third"),
                utterance(10_000, 20_000, "second"),
                utterance(10_000, 15_000, "first"),
                utterance(200_000, 25_000, "last: the vendor example's inverted range"),
                utterance(30_000, 35_000, "fourth, same offsets as third but arrived later")));

        List<String> contents = storage().messages().findPage(conversation.id(), ALL).stream()
                .map(message -> message.utterance().content()).toList();

        assertThat(contents).containsExactly("first", "second", "third",
                "fourth, same offsets as third but arrived later", "last: the vendor example's inverted range");
        assertThat(stored).hasSize(5);
    }

    @Test
    void pagesSliceTheOrderedMessages() {
        Conversation conversation = storedConversation();
        append(conversation, IntStream.range(0, 25)
                .mapToObj(i -> utterance(i * 1_000L, i * 1_000L + 500, "message " + i)).toList());

        List<TranscriptMessage> page = storage().messages().findPage(conversation.id(), new PageRequest(10, 10));
        List<TranscriptMessage> last = storage().messages().findPage(conversation.id(), new PageRequest(20, 10));
        List<TranscriptMessage> beyond = storage().messages().findPage(conversation.id(), new PageRequest(30, 10));

        assertThat(page).extracting(message -> message.utterance().content())
                .containsExactlyElementsOf(IntStream.range(10, 20).mapToObj(i -> "message " + i).toList());
        assertThat(last).hasSize(5);
        assertThat(beyond).isEmpty();
    }

    @Test
    void aConversationOnlyReadsItsOwnMessages() {
        Conversation mine = storedConversation();
        Conversation other = storedConversation();
        append(mine, List.of(utterance(0, 1, "mine")));
        append(other, List.of(utterance(0, 1, "other")));

        assertThat(storage().messages().findPage(mine.id(), ALL))
                .extracting(message -> message.utterance().content()).containsExactly("mine");
    }

    @Test
    void existingKeysAreReportedPerConversation() {
        Conversation conversation = storedConversation();
        Conversation other = storedConversation();
        TranscriptMessage stored = append(conversation, List.of(utterance(0, 1, "stored"))).get(0);
        String unknownKey = utterance(0, 1, "never stored").deduplicationKey();

        assertThat(storage().messages().findExistingKeys(conversation.id(), List.of(stored.deduplicationKey(), unknownKey)))
                .containsExactly(stored.deduplicationKey());
        assertThat(storage().messages().findExistingKeys(other.id(), List.of(stored.deduplicationKey()))).isEmpty();
        assertThat(storage().messages().findExistingKeys(conversation.id(), List.of())).isEmpty();
    }

    /** Each conversation is asked about every key, so a store that matches keys without their conversation fails. */
    @Test
    void existingKeysOfSeveralConversationsAreReportedInOneCallEachForItsOwnConversation() {
        Conversation first = storedConversation();
        Conversation second = storedConversation();
        Conversation empty = storedConversation();
        String firstKey = append(first, List.of(utterance(0, 1, "first"))).get(0).deduplicationKey();
        String secondKey = append(second, List.of(utterance(0, 1, "second"))).get(0).deduplicationKey();
        List<String> both = List.of(firstKey, secondKey);

        Map<SysId, Set<String>> existing = storage().messages().findExistingKeys(
                Map.of(first.id(), both, second.id(), both, empty.id(), both));

        assertThat(existing.get(first.id())).containsExactly(firstKey);
        assertThat(existing.get(second.id())).containsExactly(secondKey);
        assertThat(existing.getOrDefault(empty.id(), Set.of())).isEmpty();
        assertThat(storage().messages().findExistingKeys(Map.of())).isEmpty();
    }

    @Test
    void theSameMessageCannotBeStoredTwiceInOneConversation() {
        Conversation conversation = storedConversation();
        Utterance utterance = utterance(0, 1, "once");
        append(conversation, List.of(utterance));

        assertThatThrownBy(() -> append(conversation, List.of(utterance)))
                .isInstanceOf(DuplicateRecordException.class);
        assertThat(storage().messages().findPage(conversation.id(), ALL)).hasSize(1);
    }

    @Test
    void aBatchCannotHoldTheSameMessageTwice() {
        Conversation conversation = storedConversation();
        Utterance utterance = utterance(0, 1, "twice");

        assertThatThrownBy(() -> append(conversation, List.of(utterance, utterance)))
                .isInstanceOf(DuplicateRecordException.class);
        assertThat(storage().messages().findPage(conversation.id(), ALL)).isEmpty();
    }

    @Test
    void unicodeAndLongContentSurviveIntact() {
        Conversation conversation = storedConversation();
        String unicode = "Grüße, 你好, مرحبا, emoji 📞🙂 and a combining é";
        String long32KiB = "ß".repeat(32 * 1024);
        List<TranscriptMessage> stored = append(conversation, List.of(utterance(0, 1, unicode), utterance(2, 3, long32KiB)));

        assertThat(storage().messages().findPage(conversation.id(), ALL)).containsExactlyElementsOf(stored);
    }

    @Test
    void aLargeBatchIsStoredWhole() {
        Conversation conversation = storedConversation();
        List<Utterance> batch = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            batch.add(utterance(i, i + 1, "utterance " + i));
        }
        append(conversation, batch);

        assertThat(storage().messages().findPage(conversation.id(), ALL)).hasSize(2_000);
        assertThat(storage().messages().findPage(conversation.id(), new PageRequest(1_999, 5)))
                .extracting(message -> message.utterance().content()).containsExactly("utterance 1999");
    }
}
