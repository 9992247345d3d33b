package dev.switchboard.adapter.jdbc;

import io.micronaut.context.BeanLocator;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import jakarta.inject.Singleton;

/**
 * Points Flyway at the migration folder of the database behind each data source's URL, overriding
 * {@code flyway.datasources.*.locations}: neither Flyway nor micronaut-flyway resolves a per-vendor placeholder
 * in a location.
 */
@Singleton
class MigrationsFromUrl implements BeanCreatedEventListener<FlywayConfigurationProperties> {

    private final BeanLocator beans;

    MigrationsFromUrl(BeanLocator beans) {
        this.beans = beans;
    }

    @Override
    public FlywayConfigurationProperties onCreated(BeanCreatedEvent<FlywayConfigurationProperties> event) {
        FlywayConfigurationProperties flyway = event.getBean();
        String url = beans.getBean(BasicJdbcConfiguration.class, Qualifiers.byName(flyway.getNameQualifier())).getUrl();
        flyway.setLocations(SupportedDatabase.of(url).migrationLocation());
        return flyway;
    }
}
