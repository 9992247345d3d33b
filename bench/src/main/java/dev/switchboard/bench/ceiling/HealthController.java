package dev.switchboard.bench.ceiling;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;

/** {@code GET /health}, anonymous, so the harness times the ceiling's start the way it times the service's. */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {

    @Get
    Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
