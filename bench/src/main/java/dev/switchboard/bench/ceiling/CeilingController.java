package dev.switchboard.bench.ceiling;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The two requests the benchmark sends, answered as Switchboard answers them but without parsing, validating or
 * storing anything. Like Switchboard's controller it takes the body as text and runs on the blocking executor,
 * so the thread hand-off a storing endpoint needs is part of the ceiling too.
 */
@Controller("/api/now/v1/cs/voice-interactions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
class CeilingController {

    /** {@code {"result":{"interactionId":"…"}}} with a random sys_id. */
    @Post
    StartResult start(@Body String body) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new StartResult(new StartResult.Created(String.format("%016x%016x", random.nextLong(), random.nextLong())));
    }

    /** The vendor's sentence; the interaction's id stands in for the conversation's (same length). */
    @Post("/{interactionId}/messages")
    TextResult messages(@PathVariable String interactionId, @Body String body) {
        return new TextResult("Voice conversation transcript has been successfully saved. Conversation id: "
                + interactionId);
    }

    record StartResult(Created result) {
        record Created(String interactionId) {
        }
    }

    record TextResult(String result) {
    }
}
