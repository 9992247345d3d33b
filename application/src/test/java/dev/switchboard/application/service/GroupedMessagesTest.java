package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.RECORDING;
import static dev.switchboard.application.service.VoiceInteractionTestBed.message;
import static dev.switchboard.domain.conversation.Participant.AGENT;
import static dev.switchboard.domain.conversation.Participant.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.fake.HeldCommitGroups;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase.Command;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.application.port.out.TranscriptMessages;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.sentiment.SentimentTally;
import dev.switchboard.domain.shared.SysId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Live messages when the store groups the batches of many callers into one unit of work: each batch still gets its
 * own answer, and no batch can fail another.
 */
class GroupedMessagesTest {

    private static final String POISON = "a message the store refuses";

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();
    private final HeldCommitGroups groups = new HeldCommitGroups();
    private final AtomicInteger units = new AtomicInteger();
    private boolean storeDown;

    /** The bed's ports, behind a unit of work that counts its units and a message store that refuses POISON. */
    private final AddVoiceInteractionMessagesUseCase grouped = VoiceInteractionServices.wire(
            bed.storage.interactions(), bed.storage.conversations(), refusingPoison(bed.storage.messages()),
            new UnitOfWork() {
                @Override
                public <T> T run(Supplier<T> work) {
                    units.incrementAndGet();
                    if (storeDown) {
                        throw new StorageUnavailableException("the store is down");
                    }
                    return bed.storage.unitOfWork().run(work);
                }
            }, groups, bed.ids, bed.clock).addMessages();

    private CompletableFuture<SysId> submit(SysId interactionId, Utterance... messages) {
        return grouped.addMessages(new Command(interactionId, List.of(messages))).toCompletableFuture();
    }

    @Test
    void batchesForSeveralInteractionsAreStoredByOneUnitAndEachGetsItsConversation() {
        SysId first = bed.startInteraction();
        SysId second = bed.startInteraction();

        CompletableFuture<SysId> toFirst = submit(first, message(AGENT, "Hello", 0, 1000));
        CompletableFuture<SysId> toSecond = submit(second, message(AGENT, "Good morning", 0, 1000));
        assertThat(toFirst).isNotDone();
        groups.release();

        assertThat(units).hasValue(1);
        assertThat(toFirst.join()).isEqualTo(bed.conversationIdOf(first).orElseThrow());
        assertThat(toSecond.join()).isEqualTo(bed.conversationIdOf(second).orElseThrow());
        assertThat(bed.contentsOf(first)).containsExactly("Hello");
        assertThat(bed.contentsOf(second)).containsExactly("Good morning");
        assertThat(bed.interaction(second).state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
    }

    @Test
    void batchesForOneInteractionInOneGroupAreAppendedInOrderAndDeduplicatedAgainstEachOther() {
        SysId interactionId = bed.startInteraction();
        Utterance hello = message(AGENT, "Hello", 0, 1000, Sentiment.POSITIVE, "m-1");
        Utterance hi = message(CUSTOMER, "Hi", 1000, 2000, Sentiment.NEGATIVE, "m-2");

        CompletableFuture<SysId> firstBatch = submit(interactionId, hello);
        CompletableFuture<SysId> secondBatch = submit(interactionId, hello, hi);
        groups.release();

        assertThat(secondBatch.join()).isEqualTo(firstBatch.join());
        assertThat(bed.messagesOf(interactionId)).extracting(TranscriptMessage::sequence).containsExactly(1L, 2L);
        assertThat(bed.contentsOf(interactionId)).containsExactly("Hello", "Hi");
        assertThat(bed.storage.conversations().findByInteraction(interactionId).orElseThrow().tally())
                .isEqualTo(new SentimentTally(1, 0, 1));
    }

    @Test
    void anUnknownOrClosedInteractionFailsItsOwnBatchOnly() {
        SysId open = bed.startInteraction();
        SysId closed = bed.startInteraction();
        bed.close(closed, RECORDING);
        SysId unknown = SysId.of("0123456789abcdef0123456789abcdef");

        CompletableFuture<SysId> toUnknown = submit(unknown, message(AGENT, "Anyone?", 0, 1000));
        CompletableFuture<SysId> toClosed = submit(closed, message(AGENT, "Too late", 0, 1000));
        CompletableFuture<SysId> toOpen = submit(open, message(AGENT, "Hello", 0, 1000));
        groups.release();

        assertThat(units).hasValue(1);
        assertThat(failureOf(toUnknown)).isInstanceOf(InteractionNotFoundException.class);
        assertThat(failureOf(toClosed)).isInstanceOf(InteractionClosedException.class);
        assertThat(toOpen.join()).isEqualTo(bed.conversationIdOf(open).orElseThrow());
        assertThat(bed.conversationIdOf(closed)).isEmpty();
    }

    @Test
    void aBatchTheStoreRefusesFailsAloneAfterTheGroupRunsAgainOneBatchAtATime() {
        SysId first = bed.startInteraction();
        SysId second = bed.startInteraction();
        SysId third = bed.startInteraction();

        CompletableFuture<SysId> good = submit(first, message(AGENT, "Hello", 0, 1000));
        CompletableFuture<SysId> refused = submit(second, message(AGENT, "Fine", 0, 1000),
                message(CUSTOMER, POISON, 1000, 2000));
        CompletableFuture<SysId> alsoGood = submit(third, message(AGENT, "Bye", 0, 1000));
        groups.release();

        assertThat(units).as("the group, then each batch alone").hasValue(4);
        assertThat(good.join()).isNotNull();
        assertThat(alsoGood.join()).isNotNull();
        assertThat(failureOf(refused)).isInstanceOf(DuplicateRecordException.class);
        assertThat(bed.contentsOf(first)).containsExactly("Hello");
        assertThat(bed.contentsOf(third)).containsExactly("Bye");
        assertThat(bed.contentsOf(second)).isEmpty();
        assertThat(bed.interaction(second).state()).isEqualTo(InteractionState.NEW);
    }

    @Test
    void anUnavailableStoreFailsTheWholeGroupWithoutRunningEachBatchAlone() {
        SysId first = bed.startInteraction();
        SysId second = bed.startInteraction();
        storeDown = true;

        CompletableFuture<SysId> one = submit(first, message(AGENT, "Hello", 0, 1000));
        CompletableFuture<SysId> other = submit(second, message(AGENT, "Hello", 0, 1000));
        groups.release();

        assertThat(units).hasValue(1);
        assertThat(failureOf(one)).isInstanceOf(StorageUnavailableException.class);
        assertThat(failureOf(other)).isInstanceOf(StorageUnavailableException.class);
    }

    private static Throwable failureOf(CompletableFuture<SysId> stage) {
        try {
            stage.join();
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError("the batch succeeded: " + stage.join());
    }

    /** A message store that refuses any batch holding POISON, as a database constraint would. */
    private static TranscriptMessages refusingPoison(TranscriptMessages messages) {
        return new TranscriptMessages() {
            @Override
            public Set<String> findExistingKeys(SysId conversationId, Collection<String> deduplicationKeys) {
                return messages.findExistingKeys(conversationId, deduplicationKeys);
            }

            @Override
            public void addAll(List<TranscriptMessage> batch) {
                if (batch.stream().anyMatch(message -> message.utterance().content().equals(POISON))) {
                    throw new DuplicateRecordException("refused");
                }
                messages.addAll(batch);
            }

            @Override
            public List<TranscriptMessage> findPage(SysId conversationId, PageRequest page) {
                return messages.findPage(conversationId, page);
            }
        };
    }
}
