package dev.switchboard.adapter.jdbc;

import io.micronaut.context.exceptions.BeanInstantiationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the database could not be set up at start, in one sentence that names the URL but never a password.
 *
 * <p>It is a {@link BeanInstantiationException} because Micronaut passes that type on unwrapped while it creates
 * beans, so the failed start's message ends with this sentence; any other exception would first be wrapped in a
 * message of several lines that lists the path of beans being created. It carries no stack trace and no cause:
 * the sentence says what failed and where, and the driver's stack ({@link ConnectionCheck} logs it at DEBUG) says
 * nothing more to someone starting the service.
 */
public final class DatabaseStartupException extends BeanInstantiationException {

    /** {@code //user:password@} in the URL's authority, and {@code password=} / {@code pwd=} parameters. */
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@]*):([^/@]*)@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)\\b(password|pwd)=([^;&]*)");
    private static final String MASK = "***";

    private DatabaseStartupException(String message) {
        super(message);
    }

    static DatabaseStartupException unsupportedUrl(String url, String supportedPrefixes) {
        return new DatabaseStartupException(withoutPasswords("Unsupported database URL " + url
                + ": Switchboard runs on URLs that start with " + supportedPrefixes, url, null));
    }

    static DatabaseStartupException unsupportedOption(String url, String option, String reason) {
        return new DatabaseStartupException(withoutPasswords("Unsupported option " + option + " in database URL " + url
                + ": " + reason, url, null));
    }

    /** The reason is the driver's message, which may quote the URL; the password is masked wherever it appears. */
    static DatabaseStartupException unreachable(String url, String password, String reason) {
        return new DatabaseStartupException(withoutPasswords(
                "Cannot connect to the database at " + url + ": " + reason, url, password));
    }

    /** The text with the configured password and any password written into the URL replaced by {@code ***}. */
    static String withoutPasswords(String text, String url, String password) {
        List<String> secrets = new ArrayList<>();
        secrets.add(password);
        collect(USER_INFO_PASSWORD.matcher(url), secrets);
        collect(PASSWORD_PARAMETER.matcher(url), secrets);
        String masked = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }

    private static void collect(Matcher passwordInUrl, List<String> secrets) {
        while (passwordInUrl.find()) {
            secrets.add(passwordInUrl.group(2));
        }
    }

    /** Nothing to add to the message (see the class comment), and nothing to spend on collecting it. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
