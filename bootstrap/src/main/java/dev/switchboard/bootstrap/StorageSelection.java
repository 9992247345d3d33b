package dev.switchboard.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of storage selection that the adapters' {@code @Requires(property = "switchboard.storage")} cannot do:
 * with any storage but {@code jdbc}, every configured JDBC data source is switched off
 * ({@code datasources.<name>.enabled = false}) before the first bean starts. No connection pool is then opened, no
 * H2 file appears under {@code ./data}, Flyway (which migrates a data source when it is created) has nothing to run
 * on, and there is no data source for the JDBC health check to report.
 *
 * <p>It reads {@code switchboard.storage} once the configuration is complete (files, environment variables,
 * command line, test properties), which is why it is a context configurer and not a setting in
 * {@code application.yml}: YAML cannot say "enabled when another property is jdbc".
 */
@ContextConfigurer
public final class StorageSelection implements ApplicationContextConfigurer {

    static final String STORAGE = "switchboard.storage";
    static final String JDBC = "jdbc";
    static final List<String> STORAGES = List.of(JDBC, "mongo");

    @Override
    public void configure(ApplicationContext context) {
        Environment environment = context.getEnvironment();
        String storage = environment.getProperty(STORAGE, String.class).orElse(JDBC);
        if (!STORAGES.contains(storage)) {
            // Otherwise no adapter would serve the ports, and the start would fail on a missing bean far from the cause.
            throw new ConfigurationException(STORAGE + " (SWITCHBOARD_STORAGE) is '" + storage + "'; expected one of "
                    + STORAGES);
        }
        if (storage.equals(JDBC)) {
            return;
        }
        Map<String, Object> switchedOff = new LinkedHashMap<>();
        for (String dataSource : environment.getPropertyEntries("datasources")) {
            switchedOff.put("datasources." + dataSource + ".enabled", false);
        }
        environment.addPropertySource(PropertySource.of("storage-" + storage, switchedOff));
    }
}
