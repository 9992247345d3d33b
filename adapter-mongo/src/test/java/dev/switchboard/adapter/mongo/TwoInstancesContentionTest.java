package dev.switchboard.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.nin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.GetVoiceInteractionUseCase.InteractionSummary;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.application.service.VoiceInteractionServices;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Two services on one database, several callers each, all streaming into the same interaction: the compare-and-set
 * between the instances must lose nothing and store nothing twice, and a unit that cannot win within its time budget
 * must fail with the port's own {@link StorageUnavailableException} (which the REST adapter answers with a 503), so
 * that the caller's retry of the same batch is stored once. Any other exception fails the test. The batches go through
 * the real services, as the REST adapter calls them, because skipping what a retried batch already stored is theirs.
 */
class TwoInstancesContentionTest {

    private static final int CALLERS_PER_INSTANCE = 4;
    private static final int BATCHES_PER_CALLER = 15;
    private static final int MESSAGES_PER_BATCH = 2;
    /** Each batch holds one of each, so the conversation's mean is 0 (neutral) once every batch is stored. */
    private static final Sentiment[] SENTIMENTS = {Sentiment.POSITIVE, Sentiment.NEGATIVE};

    private final FixedClock clock = new FixedClock(TestRecords.T0);
    private final MongoStorage firstStorage = MongoStorage.on(InProcessMongo.database("contention"));
    private final VoiceInteractionUseCases first = services(firstStorage);
    private final VoiceInteractionUseCases second = services(MongoStorage.on(InProcessMongo.database("contention")));
    private final AtomicInteger retried = new AtomicInteger();

    @Test
    void everyBatchIsStoredExactlyOnceAndACloseOnOneInstanceIsSeenByTheOther() throws Exception {
        SysId interaction = first.startVoiceInteraction().startVoiceInteraction(new StartVoiceInteractionUseCase.Command(
                CallerDetails.of("+14089178877", null, null, null, null)));

        List<Callable<Void>> callers = new ArrayList<>();
        for (int caller = 0; caller < 2 * CALLERS_PER_INSTANCE; caller++) {
            VoiceInteractionUseCases instance = caller % 2 == 0 ? first : second;
            int callerNumber = caller;
            callers.add(() -> {
                for (int batch = 0; batch < BATCHES_PER_CALLER; batch++) {
                    sendUntilStored(instance, interaction, batch(callerNumber, batch));
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        try {
            for (Future<Void> caller : pool.invokeAll(callers, 120, TimeUnit.SECONDS)) {
                caller.get(); // rethrows anything but the port's StorageUnavailableException
            }
        } finally {
            pool.shutdownNow();
        }

        int total = 2 * CALLERS_PER_INSTANCE * BATCHES_PER_CALLER * MESSAGES_PER_BATCH;
        for (VoiceInteractionUseCases reader : List.of(first, second)) {
            List<TranscriptMessage> stored = reader.listMessages()
                    .listMessages(interaction, new PageRequest(0, PageRequest.MAX_LIMIT)).messages();
            assertThat(stored).hasSize(total);
            assertThat(stored).extracting(message -> message.utterance().sourceMessageId()).doesNotHaveDuplicates();
            assertThat(stored).extracting(TranscriptMessage::sequence).doesNotHaveDuplicates();
            assertThat(reader.listMessages().listMessages(interaction, new PageRequest(0, 1)).total()).isEqualTo(total);
        }
        // The batches of lost compare-and-sets were removed by their units: every message document left is published.
        Document stored = firstStorage.store().findInteraction(interaction);
        assertThat(firstStorage.collection(MongoStore.MESSAGES).countDocuments(eq(MessageDocuments.INTERACTION_ID,
                interaction.value()))).isEqualTo(total);
        assertThat(firstStorage.collection(MongoStore.MESSAGES).countDocuments(and(eq(MessageDocuments.INTERACTION_ID,
                interaction.value()), nin(MessageDocuments.BATCH_ID, InteractionDocuments.batches(stored))))).isZero();
        // Every stored batch counted once: as many positive as negative messages, so neutral.
        assertThat(second.getVoiceInteraction().getVoiceInteraction(interaction).interaction().sentiment())
                .contains(Sentiment.NEUTRAL);

        first.endVoiceInteraction().endVoiceInteraction(new EndVoiceInteractionUseCase.Command(interaction, null));
        InteractionSummary seenBySecond = second.getVoiceInteraction().getVoiceInteraction(interaction);
        assertThat(seenBySecond.interaction().state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThatThrownBy(() -> second.addMessages().addMessagesAndWait(
                new AddVoiceInteractionMessagesUseCase.Command(interaction, batch(99, 0))))
                .isInstanceOf(InteractionClosedException.class);
        System.out.printf("contention: %d batches stored by two instances, %d retried after a 503%n",
                total / MESSAGES_PER_BATCH, retried.get());
    }

    /** As an HTTP client does: a 503 (the port's exception) is retried with the same batch, anything else is a bug. */
    private void sendUntilStored(VoiceInteractionUseCases instance, SysId interaction, List<Utterance> batch) {
        while (true) {
            try {
                instance.addMessages().addMessagesAndWait(
                        new AddVoiceInteractionMessagesUseCase.Command(interaction, batch));
                return;
            } catch (StorageUnavailableException busy) {
                retried.incrementAndGet();
            }
        }
    }

    /** Offsets and source ids unique to the caller and the batch. */
    private static List<Utterance> batch(int caller, int batch) {
        List<Utterance> messages = new ArrayList<>();
        for (int i = 0; i < MESSAGES_PER_BATCH; i++) {
            long begin = ((caller * 1_000L + batch) * MESSAGES_PER_BATCH + i) * 1_000;
            messages.add(new Utterance(Participant.CUSTOMER, "caller " + caller + " batch " + batch + " #" + i,
                    new OffsetRange(begin, begin + 500), SENTIMENTS[i % SENTIMENTS.length], null,
                    false, false, "c" + caller + "-b" + batch + "-m" + i, null));
        }
        return messages;
    }

    private VoiceInteractionUseCases services(MongoStorage instance) {
        StorageFixture ports = instance.ports();
        return VoiceInteractionServices.wire(ports.interactions(), ports.conversations(), ports.messages(),
                ports.unitOfWork(), ports.commitGroups(), new ScriptedIdGenerator(), clock);
    }
}
