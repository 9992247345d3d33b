package dev.switchboard.adapter.rest.error;

import dev.switchboard.adapter.rest.request.MalformedBodyException;
import dev.switchboard.domain.interaction.InteractionClosedException;
import dev.switchboard.domain.interaction.InteractionIdMissingException;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.interaction.TranscriptAlreadyProcessedException;
import dev.switchboard.domain.shared.DomainException;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.AuthorizationException;

/**
 * The one place that decides how a failure is reported: its HTTP status, message and detail. Everything else in
 * the adapter only renders what this class answers.
 *
 * <ul>
 *   <li>Bad input and refused operations (invalid values, malformed bodies, a closed interaction, a second
 *       transcript, a transcript without interaction) are 400; the message is the exception's own, which for the
 *       vendor's two errors is the vendor's exact text.</li>
 *   <li>An unknown interaction is 404.</li>
 *   <li>Missing or wrong credentials are 401, a missing role 403 (worded like ServiceNow's).</li>
 *   <li>Anything else is a fault of ours: 500 with a generic message. The cause is logged by the caller and
 *       never shown, because exception messages can carry internals (SQL, file paths, stack details).</li>
 * </ul>
 */
public final class ExceptionMapping {

    static final String UNEXPECTED_MESSAGE = "An unexpected error occurred while processing the request";

    private ExceptionMapping() {
    }

    /** How an exception thrown while handling {@code request} is reported. */
    public static ApiError describe(Throwable failure, HttpRequest<?> request) {
        String where = where(request);
        if (failure instanceof InvalidValueException invalid) {
            return badRequest(invalid, "Check the field '" + invalid.field() + "' (" + where + ")");
        }
        if (failure instanceof MalformedBodyException malformed) {
            return badRequest(malformed, "Send a well-formed JSON body, or XML with Content-Type application/xml ("
                    + where + ")");
        }
        if (failure instanceof InteractionIdMissingException missing) {
            return badRequest(missing, "Name the interaction by interactionId in the body or in the path (" + where + ")");
        }
        if (failure instanceof TranscriptAlreadyProcessedException processed) {
            return badRequest(processed, "A post-call transcript is saved once per interaction (" + where + ")");
        }
        if (failure instanceof InteractionClosedException closed) {
            return badRequest(closed, "The interaction is closed_complete (" + where + ")");
        }
        if (failure instanceof InteractionNotFoundException notFound) {
            return new ApiError(HttpStatus.NOT_FOUND, notFound.getMessage(), "No such record (" + where + ")");
        }
        if (failure instanceof DomainException other) {
            // An expected failure the list above does not know yet: still the caller's to fix, never a fault of ours.
            return badRequest(other, where);
        }
        if (failure instanceof AuthorizationException authorization) {
            return authorization.isForbidden()
                    ? new ApiError(HttpStatus.FORBIDDEN, "User Not Authorized", "User '"
                            + authorization.getAuthentication().getName() + "' has no role that grants " + where)
                    : new ApiError(HttpStatus.UNAUTHORIZED, "User Not Authenticated",
                            "Required to provide Auth information: HTTP Basic credentials of a configured user ("
                                    + where + ")");
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
        String message = Text.blankToNull(frameworkMessage) == null ? status.getReason() : frameworkMessage;
        return new ApiError(status, message, where(request));
    }

    /** True for the errors that are our fault, whose cause must be logged. */
    public static boolean isServerFault(ApiError error) {
        return error.status().getCode() >= 500;
    }

    private static ApiError unexpected(HttpRequest<?> request) {
        return new ApiError(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED_MESSAGE,
                "The error has been logged on the server (" + where(request) + ")");
    }

    private static ApiError badRequest(RuntimeException failure, String detail) {
        return new ApiError(HttpStatus.BAD_REQUEST, failure.getMessage(), detail);
    }

    private static String where(HttpRequest<?> request) {
        return request.getMethodName() + " " + request.getPath();
    }
}
