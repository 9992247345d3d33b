package dev.switchboard.adapter.jdbc;

import dev.switchboard.application.contract.BotSessionsContract;
import dev.switchboard.application.contract.CallRecordingsContract;
import dev.switchboard.application.contract.CommitGroupsContract;
import dev.switchboard.application.contract.ConversationsContract;
import dev.switchboard.application.contract.GroupedUnitContract;
import dev.switchboard.application.contract.InteractionsContract;
import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.contract.TranscriptMessagesContract;
import dev.switchboard.application.contract.UnitOfWorkContract;
import dev.switchboard.application.contract.VoiceAssistantsContract;
import dev.switchboard.application.contract.WebhookEndpointsContract;
import dev.switchboard.application.contract.WebhookOutboxContract;
import dev.switchboard.application.port.out.BotSessions;
import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.application.port.out.CommitGroups;
import dev.switchboard.application.port.out.VoiceAssistants;
import dev.switchboard.application.port.out.WebhookEndpoints;
import dev.switchboard.application.port.out.WebhookOutbox;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;

/**
 * The contract suites of the storage ports, as nested classes, on the database a subclass points its Micronaut test
 * context at: one subclass per database ({@code H2ContractTest}, {@code PostgreSqlContractTest}, …) runs them all. A
 * subclass is a {@code @MicronautTest(transactional = false)}: each unit of work must commit for real, so a test is
 * not wrapped in a transaction of its own. Test reports name the suites {@code JdbcContracts$Interactions} and so
 * on, under the database class that ran them.
 */
public abstract class JdbcContracts {

    @Inject
    protected StorageFixture storage;

    @Inject
    protected BotSessions botSessions;

    @Inject
    protected WebhookOutbox webhookOutbox;

    @Inject
    protected WebhookEndpoints webhookEndpoints;

    @Inject
    protected VoiceAssistants voiceAssistants;

    @Inject
    protected CallRecordings callRecordings;

    @Nested
    class Interactions extends InteractionsContract {
        @Override
        protected StorageFixture storage() {
            return storage;
        }
    }

    @Nested
    class Conversations extends ConversationsContract {
        @Override
        protected StorageFixture storage() {
            return storage;
        }
    }

    @Nested
    class Messages extends TranscriptMessagesContract {
        @Override
        protected StorageFixture storage() {
            return storage;
        }
    }

    @Nested
    class GroupedUnit extends GroupedUnitContract {
        @Override
        protected StorageFixture storage() {
            return storage;
        }
    }

    @Nested
    class Groups extends CommitGroupsContract {
        @Override
        protected CommitGroups commitGroups() {
            return storage.commitGroups();
        }
    }

    @Nested
    class UnitOfWork extends UnitOfWorkContract {
        @Override
        protected StorageFixture storage() {
            return storage;
        }
    }

    @Nested
    class Sessions extends BotSessionsContract.Transactional {
        @Override
        protected BotSessions botSessions() {
            return botSessions;
        }

        /** Named in full: the nested suite {@code UnitOfWork} above hides the port's simple name here. */
        @Override
        protected dev.switchboard.application.port.out.UnitOfWork unitOfWork() {
            return storage.unitOfWork();
        }
    }

    @Nested
    class Outbox extends WebhookOutboxContract.Transactional {
        @Override
        protected WebhookOutbox outbox() {
            return webhookOutbox;
        }

        /** Named in full: the nested suite {@code UnitOfWork} above hides the port's simple name here. */
        @Override
        protected dev.switchboard.application.port.out.UnitOfWork unitOfWork() {
            return storage.unitOfWork();
        }
    }

    @Nested
    class Endpoints extends WebhookEndpointsContract.Transactional {
        @Override
        protected WebhookEndpoints endpoints() {
            return webhookEndpoints;
        }

        /** Named in full: the nested suite {@code UnitOfWork} above hides the port's simple name here. */
        @Override
        protected dev.switchboard.application.port.out.UnitOfWork unitOfWork() {
            return storage.unitOfWork();
        }
    }

    @Nested
    class Assistants extends VoiceAssistantsContract.Transactional {
        @Override
        protected VoiceAssistants assistants() {
            return voiceAssistants;
        }

        /** Named in full: the nested suite {@code UnitOfWork} above hides the port's simple name here. */
        @Override
        protected dev.switchboard.application.port.out.UnitOfWork unitOfWork() {
            return storage.unitOfWork();
        }
    }

    @Nested
    class Recordings extends CallRecordingsContract {
        @Override
        protected CallRecordings recordings() {
            return callRecordings;
        }
    }
}
