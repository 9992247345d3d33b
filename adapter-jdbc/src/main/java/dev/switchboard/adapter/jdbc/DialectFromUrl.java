package dev.switchboard.adapter.jdbc;

import io.micronaut.context.BeanLocator;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.jdbc.config.DataJdbcConfiguration;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import jakarta.inject.Singleton;

/**
 * Sets Micronaut Data's dialect for each data source from the data source's URL, overriding
 * {@code datasources.*.dialect}. The repositories' statements are compiled for {@code Dialect.ANSI} and run
 * unchanged; this dialect decides how Micronaut Data binds nulls.
 */
@Singleton
class DialectFromUrl implements BeanCreatedEventListener<DataJdbcConfiguration> {

    private final BeanLocator beans;

    DialectFromUrl(BeanLocator beans) {
        this.beans = beans;
    }

    @Override
    public DataJdbcConfiguration onCreated(BeanCreatedEvent<DataJdbcConfiguration> event) {
        DataJdbcConfiguration configuration = event.getBean();
        String url = beans.getBean(BasicJdbcConfiguration.class, Qualifiers.byName(configuration.getName())).getUrl();
        configuration.setDialect(SupportedDatabase.of(url).dialect());
        return configuration;
    }
}
