package dev.switchboard.adapter.jdbc;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

/**
 * Completes each data source's configuration from its URL, so that {@code datasources.*.url}, {@code .username} and
 * {@code .password} are all a user sets: the driver follows from the URL (a {@code driver-class-name} in the
 * configuration is overridden), transactions read committed data unless {@code transaction-isolation} says
 * otherwise, and a connection that failed with a connection exception leaves the pool ({@link BrokenConnections}).
 *
 * <p>It runs before the configuration's {@code @PostConstruct}, where micronaut-jdbc would otherwise guess the
 * driver of a jdbc:mysql: URL as MySQL Connector/J, which Switchboard does not ship.
 */
@Singleton
class DataSourceFromUrl implements BeanInitializedEventListener<DatasourceConfiguration> {

    /**
     * H2 and PostgreSQL read committed data by default, MariaDB and MySQL read a snapshot taken at the first read of
     * the transaction. A unit that reads before it takes the interaction's row lock (resolving an external id, for
     * example) would then see data from before the lock, older than what the lock protects.
     */
    static final String ISOLATION = "TRANSACTION_READ_COMMITTED";

    /**
     * PostgreSQL plans every execution for its actual parameters. By default a statement prepared on the server
     * (pgjdbc does that from its fifth execution) soon runs a generic plan made once; for the interaction and
     * conversation look-ups of a group ({@code id = ANY(…)}) that plan was made while the table was small and stays a
     * sequential scan while the table fills with row versions from the group's updates. Measured at 8 callers: 384
     * requests/s with PostgreSQL busy scanning, 1,160 with this setting (docs/benchmarks.md). A connection-init-sql of
     * your own replaces it.
     */
    static final String POSTGRESQL_SESSION = "SET plan_cache_mode = force_custom_plan";

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        SupportedDatabase database = SupportedDatabase.of(datasource.getUrl());
        datasource.setUrl(database.driverUrl(datasource.getUrl()));
        datasource.setDriverClassName(database.driverClassName());
        if (datasource.getTransactionIsolation() == null) {
            datasource.setTransactionIsolation(ISOLATION);
        }
        if (database == SupportedDatabase.POSTGRESQL && datasource.getConnectionInitSql() == null) {
            datasource.setConnectionInitSql(POSTGRESQL_SESSION);
        }
        if (datasource.getExceptionOverride() == null && datasource.getExceptionOverrideClassName() == null) {
            datasource.setExceptionOverride(new BrokenConnections());
        }
        return datasource;
    }
}
