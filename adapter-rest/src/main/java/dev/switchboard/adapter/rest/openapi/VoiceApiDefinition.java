package dev.switchboard.adapter.rest.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Carries the document-level OpenAPI annotations; it is never instantiated. The generated file is
 * {@code META-INF/swagger/switchboard-voice-interaction-api-v1.yml}.
 */
@OpenAPIDefinition(info = @Info(
        title = "Switchboard Voice Interaction API",
        version = "v1",
        description = "ServiceNow's Voice Interaction REST API (POST /cs/voice-interactions, /conversation, "
                + "/messages, /transcript, PATCH /state), plus Switchboard's read extensions. Bodies are JSON "
                + "(default) or XML; every error has the body {\"error\":{\"message\":…,\"detail\":…},\"status\":\"failure\"}.",
        license = @License(name = "See the project repository")))
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A user of switchboard.security.users; roles voice_integration, voice_reader or admin")
public final class VoiceApiDefinition {

    private VoiceApiDefinition() {
    }
}
