package dev.switchboard.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.service.VoiceInteractionServices;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The commands one use case sends to the server, through the real services over this adapter's ports, as the driver
 * reports them: each is a round trip. A batch of live messages is one read and the two writes of the commit (the
 * messages, then the compare-and-set), with nothing before or after them on the request's path.
 */
class MongoRoundTripsTest {

    private static final String DATABASE = "round-trips";

    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean recording;
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(InProcessMongo.uri(DATABASE)))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (recording) {
                        String name = event.getCommandName();
                        sent.add(name + " " + event.getCommand().getString(name).getValue());
                    }
                }
            })
            .build());
    private final VoiceInteractionUseCases useCases = services(MongoStorage.on(client.getDatabase(DATABASE)));

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void theFirstBatchOfAnInteractionIsOneReadAndTwoWrites() {
        SysId interaction = startInteraction();

        List<String> commands = recorded(() -> addMessage(interaction, 0));

        assertThat(commands).containsExactly(
                "find interactions",
                "insert transcript_messages",
                "update interactions");
    }

    @Test
    void aLaterBatchIsOneReadAndTwoWrites() {
        SysId interaction = startInteraction();
        addMessage(interaction, 0);

        List<String> commands = recorded(() -> addMessage(interaction, 1));

        assertThat(commands).containsExactly(
                "find interactions",
                "insert transcript_messages",
                "update interactions");
    }

    /** The page takes the committed batches from the interaction the unit read for the count: no second look. */
    @Test
    void aPageOfMessagesIsTwoReads() {
        SysId interaction = startInteraction();
        addMessage(interaction, 0);

        List<String> commands = recorded(() -> assertThat(useCases.listMessages()
                .listMessages(interaction, new PageRequest(0, 10)).messages()).hasSize(1));

        assertThat(commands).containsExactly(
                "find interactions",
                "find transcript_messages");
    }

    private List<String> recorded(Runnable work) {
        sent.clear();
        recording = true;
        try {
            work.run();
        } finally {
            recording = false;
        }
        return List.copyOf(sent);
    }

    private SysId startInteraction() {
        return useCases.startVoiceInteraction().startVoiceInteraction(new StartVoiceInteractionUseCase.Command(
                CallerDetails.of("+14089178877", null, null, null, null)));
    }

    private void addMessage(SysId interaction, int number) {
        useCases.addMessages().addMessagesAndWait(new AddVoiceInteractionMessagesUseCase.Command(interaction,
                List.of(new Utterance(Participant.CUSTOMER, "message " + number,
                        new OffsetRange(number * 1_000L, number * 1_000L + 500), null, null, false, false,
                        "m" + number, null))));
    }

    private static VoiceInteractionUseCases services(MongoStorage instance) {
        return VoiceInteractionServices.wire(instance.ports().interactions(), instance.ports().conversations(),
                instance.ports().messages(), instance.ports().unitOfWork(), instance.ports().commitGroups(),
                new ScriptedIdGenerator(), new FixedClock(TestRecords.T0));
    }
}
