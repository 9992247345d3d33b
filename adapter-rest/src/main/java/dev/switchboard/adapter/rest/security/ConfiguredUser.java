package dev.switchboard.adapter.rest.security;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;

/**
 * One entry of {@code switchboard.security.users}:
 *
 * <pre>
 * switchboard.security.users:
 *   - username: admin
 *     password-hash: "pbkdf2-sha256$600000$&lt;base64 salt&gt;$&lt;base64 hash&gt;"
 *     roles: [admin]
 * </pre>
 *
 * @param passwordHash see {@link PasswordHash} for the format and the tool that prints one
 * @param roles        any of {@link Roles}
 */
@EachProperty(value = "switchboard.security.users", list = true)
public record ConfiguredUser(String username, String passwordHash, List<String> roles) {

    public ConfiguredUser {
        if (username == null || username.isBlank()) {
            throw new ConfigurationException("switchboard.security.users: every user needs a username");
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new ConfigurationException("switchboard.security.users: user '" + username + "' needs a password-hash");
        }
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The parsed hash; a malformed one is a configuration error naming the user, never showing the value. */
    PasswordHash hash() {
        try {
            return PasswordHash.parse(passwordHash);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("switchboard.security.users: user '" + username + "': " + e.getMessage());
        }
    }
}
