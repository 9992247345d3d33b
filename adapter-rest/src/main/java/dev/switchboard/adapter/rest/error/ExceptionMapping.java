package dev.switchboard.adapter.rest.error;

import dev.switchboard.adapter.rest.media.UnsupportedContentTypeException;
import dev.switchboard.adapter.rest.request.BodyTooLargeException;
import dev.switchboard.adapter.rest.request.MalformedBodyException;
import dev.switchboard.adapter.rest.security.LoginBusyException;
import dev.switchboard.adapter.rest.security.LoginThrottledException;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.StorageUnavailableException;
import dev.switchboard.domain.assistant.AssistantNotFoundException;
import dev.switchboard.domain.bot.BotSessionNotFoundException;
import dev.switchboard.domain.bot.BotSessionStateException;
import dev.switchboard.domain.event.DeliveryNotFoundException;
import dev.switchboard.domain.event.EndpointNotFoundException;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionIdMissingException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.recording.RecordingNotFoundException;
import dev.switchboard.domain.interaction.TranscriptAlreadyProcessedException;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.AuthorizationException;
import java.io.EOFException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The one place that decides how a failure is reported: its HTTP status, message and detail. Everything else in
 * the adapter only renders what this class answers.
 *
 * <ul>
 *   <li>Bad input and refused operations (invalid values, malformed bodies, a closed interaction, a second
 *       transcript, a transcript without interaction) are 400; the message is the exception's own, which for the
 *       vendor's two errors is the vendor's exact text.</li>
 *   <li>An unknown interaction (and an unknown endpoint, delivery, bot session or voice assistant) is 404. A body cut short by the connection closing is 400.</li>
 *   <li>A Content-Type that is no media type, or whose charset Java cannot decode, is 415. Micronaut decodes a
 *       body before our controller runs, so an unknown charset arrives here as the JDK's exception.</li>
 *   <li>Missing or wrong credentials are 401, a missing role 403 (worded like ServiceNow's).</li>
 *   <li>A login refused before its password was checked is 429 (too many failures for the user or address) or
 *       503 (every password check busy); both come with {@code Retry-After}.</li>
 *   <li>A store that cannot be used in time is 503 with {@code Retry-After}: the request was fine, and the same
 *       request may succeed later. What failed (the database's own message) is logged, never shown.</li>
 *   <li>Anything else is a fault of ours: 500 with a generic message. The cause is logged by the caller and
 *       never shown, because exception messages can carry internals (SQL, file paths, stack details).</li>
 * </ul>
 */
public final class ExceptionMapping {

    static final String UNEXPECTED_MESSAGE = "An unexpected error occurred while processing the request";
    static final String UNAVAILABLE_MESSAGE = "Service Unavailable";
    /** A database restart or a fail-over takes seconds; a client retrying sooner would only add load. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** How much of a framework message (which may repeat a header) a client is shown. */
    private static final int FRAMEWORK_MESSAGE_LENGTH = 300;

    /** A framework message that names our libraries' classes says more about us than about the request. */
    private static final Pattern LIBRARY_TRACE = Pattern.compile(
            "io\\.micronaut|java\\.|javax\\.|jakarta\\.|com\\.fasterxml|No enum constant|Exception");

    /**
     * Each expected failure type and how it is reported. A failure takes the entry of its nearest listed type, so
     * {@link DomainException} catches the domain's failures that no entry names yet (the caller's to fix, never
     * a fault of ours).
     */
    private static final Map<Class<? extends Throwable>, Report> TABLE = Map.ofEntries(
            entry(InvalidValueException.class,
                    (invalid, where) -> badRequest(invalid, "Check the field '" + invalid.field() + "' (" + where + ")")),
            entry(MalformedBodyException.class, (malformed, where) -> badRequest(malformed, malformed.field()
                    .map(field -> "Check the field '" + field + "' (" + where + ")")
                    .orElse("Send a well-formed JSON body, or XML with Content-Type application/xml (" + where + ")"))),
            entry(BodyTooLargeException.class, (tooLarge, where) -> new ApiError(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    tooLarge.getMessage(), "Send a smaller body (" + where + ")")),
            entry(UnsupportedContentTypeException.class, (unsupported, where) ->
                    unsupportedMediaType(unsupported.getMessage(), where)),
            entry(UnsupportedCharsetException.class, (unsupported, where) ->
                    unsupportedMediaType(unknownCharset(unsupported.getCharsetName()), where)),
            entry(IllegalCharsetNameException.class, (illegal, where) ->
                    unsupportedMediaType(unknownCharset(illegal.getCharsetName()), where)),
            entry(InteractionIdMissingException.class, (missing, where) -> badRequest(missing,
                    "Name the interaction by interactionId in the body or in the path (" + where + ")")),
            entry(TranscriptAlreadyProcessedException.class, (processed, where) -> badRequest(processed,
                    "A post-call transcript is saved once per interaction (" + where + ")")),
            entry(InteractionClosedException.class,
                    (closed, where) -> badRequest(closed, "The interaction is closed_complete (" + where + ")")),
            entry(InteractionNotFoundException.class, (notFound, where) ->
                    new ApiError(HttpStatus.NOT_FOUND, notFound.getMessage(), "No such record (" + where + ")")),
            entry(DeliveryNotFoundException.class, (notFound, where) ->
                    new ApiError(HttpStatus.NOT_FOUND, notFound.getMessage(), "No such record (" + where + ")")),
            entry(EndpointNotFoundException.class, (notFound, where) ->
                    new ApiError(HttpStatus.NOT_FOUND, notFound.getMessage(), "No such record (" + where + ")")),
            entry(AssistantNotFoundException.class, (notFound, where) ->
                    new ApiError(HttpStatus.NOT_FOUND, notFound.getMessage(), "No such record (" + where + ")")),
            entry(RecordingNotFoundException.class, (notFound, where) ->
                    new ApiError(HttpStatus.NOT_FOUND, notFound.getMessage(), "No such record (" + where + ")")),
            entry(ConcurrentUpdateException.class, (busy, where) -> new ApiError(HttpStatus.CONFLICT,
                    "The record was changed by another request at the same time", "Try again (" + where + ")")),
            entry(BotSessionNotFoundException.class, (notFound, where) ->
                    new ApiError(HttpStatus.NOT_FOUND, notFound.getMessage(), "No such record (" + where + ")")),
            entry(BotSessionStateException.class, (state, where) ->
                    new ApiError(HttpStatus.CONFLICT, state.getMessage(), "Check the conversation's state (" + where + ")")),
            entry(StorageUnavailableException.class, (unavailable, where) -> new ApiError(
                    HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE, "The service cannot use its database right now;"
                    + " try again in " + RETRY_AFTER.toSeconds() + " seconds (" + where + ")", RETRY_AFTER)),
            entry(DomainException.class, ExceptionMapping::badRequest),
            // The client closed the connection, or it was cut for being too slow, before its body arrived: nobody
            // reads this answer, but it must not be logged as a fault of ours.
            entry(EOFException.class, (cut, where) -> new ApiError(HttpStatus.BAD_REQUEST, "Request body incomplete",
                    "The connection closed before the whole body arrived (" + where + ")")),
            entry(AuthorizationException.class, ExceptionMapping::authorization),
            entry(LoginThrottledException.class, (throttled, where) -> new ApiError(HttpStatus.TOO_MANY_REQUESTS,
                    throttled.getMessage(), "Retry after " + throttled.retryAfterSeconds()
                    + " s; logins for this user or from this address failed too often (" + where + ")")),
            entry(LoginBusyException.class, (busy, where) -> new ApiError(HttpStatus.SERVICE_UNAVAILABLE,
                    busy.getMessage(), "Retry after " + busy.retryAfterSeconds() + " s (" + where + ")")));

    private ExceptionMapping() {
    }

    /** How an exception thrown while handling {@code request} is reported. */
    public static ApiError describe(Throwable failure, HttpRequest<?> request) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            Report report = TABLE.get(type);
            if (report != null) {
                return report.of(failure, where(request));
            }
        }
        return unexpected(request);
    }

    /**
     * How an error Micronaut produced itself (no route, wrong method, unsupported media type, body too large …)
     * is reported: its status, with Micronaut's message unless the status is a server fault.
     *
     * @param frameworkMessage Micronaut's description of the error, if it gave one
     */
    public static ApiError describeStatus(HttpStatus status, String frameworkMessage, HttpRequest<?> request) {
        if (status.getCode() >= 500) {
            return unexpected(request);
        }
        String message = Text.blankToNull(frameworkMessage) == null || LIBRARY_TRACE.matcher(frameworkMessage).find()
                ? status.getReason() : Text.excerpt(frameworkMessage, FRAMEWORK_MESSAGE_LENGTH);
        return new ApiError(status, message, where(request));
    }

    /** True for the errors that are our fault, whose cause must be logged. A 503 is the database's, not ours. */
    public static boolean isServerFault(ApiError error) {
        return error.status() == HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static ApiError unexpected(HttpRequest<?> request) {
        return new ApiError(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED_MESSAGE,
                "The error has been logged on the server (" + where(request) + ")");
    }

    private static ApiError badRequest(RuntimeException failure, String detail) {
        return new ApiError(HttpStatus.BAD_REQUEST, failure.getMessage(), detail);
    }

    private static ApiError unsupportedMediaType(String message, String where) {
        return new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message,
                "Send application/json or application/xml, in UTF-8 or a charset named in Content-Type (" + where + ")");
    }

    private static String unknownCharset(String charset) {
        return "The charset " + Text.quoted(charset) + " named in Content-Type is not supported; send UTF-8";
    }

    private static ApiError authorization(AuthorizationException failure, String where) {
        return failure.isForbidden()
                ? new ApiError(HttpStatus.FORBIDDEN, "User Not Authorized",
                        "User '" + failure.getAuthentication().getName() + "' has no role that grants " + where)
                : new ApiError(HttpStatus.UNAUTHORIZED, "User Not Authenticated",
                        "Required to provide Auth information: HTTP Basic credentials of a configured user (" + where + ")");
    }

    /** How one failure type is reported, given where it happened ({@code METHOD /path}). */
    private interface Report {
        ApiError of(Throwable failure, String where);
    }

    private static <T extends Throwable> Map.Entry<Class<? extends Throwable>, Report> entry(
            Class<T> type, BiFunction<T, String, ApiError> report) {
        return Map.entry(type, (failure, where) -> report.apply(type.cast(failure), where));
    }

    /** The request line as a client can recognise it: the method and the path as sent, cut and printable. */
    private static String where(HttpRequest<?> request) {
        return Text.excerpt(request.getMethodName() + " " + request.getPath(), 2 * Text.ECHO_LENGTH);
    }
}
