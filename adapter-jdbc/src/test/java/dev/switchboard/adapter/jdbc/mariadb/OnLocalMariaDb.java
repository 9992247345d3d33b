package dev.switchboard.adapter.jdbc.mariadb;

import dev.switchboard.adapter.jdbc.LocalDatabaseServerCondition;
import io.micronaut.context.annotation.Property;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points a {@code @MicronautTest} at database {@code switchboard_test} on the MariaDB server of this machine
 * (127.0.0.1:3306, user root, empty password), which CI provides. Only the URL and the credentials are set:
 * driver, dialect and migrations follow from the URL, as they do for a user.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(LocalDatabaseServerCondition.class)
@Property(name = "datasources.default.url", value = "jdbc:mariadb://127.0.0.1:3306/switchboard_test")
@Property(name = "datasources.default.username", value = "root")
@Property(name = "datasources.default.password", value = "")
public @interface OnLocalMariaDb {
}
