package dev.switchboard.adapter.rest.error;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** A test-only route that fails the way a bug would, with internals in the exception message. */
@Controller("/test-only")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class FaultyController {

    static final String SECRET = "jdbc:postgresql://db.internal/switchboard?password=hunter2";

    @Get("/fault")
    String fault() {
        throw new IllegalStateException("connection refused: " + SECRET);
    }
}
