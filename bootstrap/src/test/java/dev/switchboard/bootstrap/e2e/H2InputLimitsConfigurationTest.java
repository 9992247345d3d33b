package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.request.InputLimits;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** switchboard.voice.limits.* reach the request reader; a setting left out keeps its default. */
@MicronautTest(environments = "e2e", transactional = false)
@Property(name = "switchboard.voice.limits.max-messages", value = "7")
@Property(name = "switchboard.voice.limits.max-attributes-depth", value = "3")
class H2InputLimitsConfigurationTest {

    @Inject
    InputLimits limits;

    @Test
    void configuredLimitsAreUsedAndTheOthersKeepTheirDefaults() {
        assertThat(limits).isEqualTo(new InputLimits(3, InputLimits.DEFAULT_MAX_TEXT_LENGTH,
                InputLimits.DEFAULT_MAX_ATTRIBUTES, 7));
    }
}
