package dev.switchboard.application.port.in;

import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.bot.BotRequest;
import java.util.Objects;

/**
 * {@code POST /api/sn_va_as_service/bot/integration}: a primary bot's request to the virtual agent. On a
 * synchronous channel the caller answers with the reply; on an asynchronous one the reply is also handed to
 * {@link dev.switchboard.application.port.out.BotReplies} once stored.
 */
public interface SendBotMessageUseCase {

    /**
     * Answers the request, or, when the session already answered an equal request (same requestId, same body),
     * returns that answer again without processing or delivering anything.
     *
     * @throws dev.switchboard.domain.shared.InvalidValueException for a SWITCH to a topic that does not exist
     * @throws dev.switchboard.application.port.out.StorageUnavailableException if the store cannot be used, or the
     *         session kept changing under concurrent requests for longer than a few attempts
     */
    Result send(Command command);

    /**
     * @param fingerprint a digest of the request body as received: equal bodies, equal fingerprints
     */
    record Command(BotRequest request, String fingerprint) {
        public Command {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /** The reply, and whether it is the stored answer to an earlier, equal request. */
    record Result(BotReply reply, boolean replayed) {
    }
}
