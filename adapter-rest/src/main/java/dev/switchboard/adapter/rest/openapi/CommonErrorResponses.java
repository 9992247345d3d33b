package dev.switchboard.adapter.rest.openapi;

import dev.switchboard.adapter.rest.error.ErrorEnvelope;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The error answers every authenticated operation may give, documented once for all controllers. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponse(responseCode = "401", description = "No or wrong credentials",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@ApiResponse(responseCode = "429", description = "Too many failed logins for this user or address; see Retry-After",
        headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                schema = @Schema(type = "integer")),
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@ApiResponse(responseCode = "503", description = "The database cannot be used right now, or every password check is "
        + "busy; the same request may succeed later",
        headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                schema = @Schema(type = "integer")),
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
@ApiResponse(responseCode = "500", description = "Unexpected server fault (logged, never detailed)",
        content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
public @interface CommonErrorResponses {
}
