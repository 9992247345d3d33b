package dev.switchboard.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.model.query.builder.sql.Dialect;
import org.junit.jupiter.api.Test;

/** The URL alone decides the database, and with it the driver, the dialect and the migrations. */
class SupportedDatabaseTest {

    @Test
    void anH2UrlMeansTheH2DriverDialectAndMigrations() {
        SupportedDatabase database = SupportedDatabase.of("jdbc:h2:file:./data/switchboard;WRITE_DELAY=0");

        assertThat(database).isEqualTo(SupportedDatabase.H2);
        assertThat(database.driverClassName()).isEqualTo("org.h2.Driver");
        assertThat(database.dialect()).isEqualTo(Dialect.H2);
        assertThat(database.migrationLocation()).isEqualTo("classpath:db/migration/h2");
    }

    @Test
    void aPostgreSqlUrlMeansThePostgreSqlDriverDialectAndMigrations() {
        SupportedDatabase database = SupportedDatabase.of("jdbc:postgresql://db.example.com:5432/switchboard");

        assertThat(database).isEqualTo(SupportedDatabase.POSTGRESQL);
        assertThat(database.driverClassName()).isEqualTo("org.postgresql.Driver");
        assertThat(database.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(database.migrationLocation()).isEqualTo("classpath:db/migration/postgresql");
    }

    @Test
    void mariaDbAndMySqlUrlsMeanTheMariaDbDriverTheMySqlDialectAndOneSetOfMigrations() {
        assertThat(SupportedDatabase.of("jdbc:mariadb://db.example.com:3306/switchboard"))
                .isEqualTo(SupportedDatabase.of("jdbc:mysql://db.example.com:3306/switchboard"))
                .isEqualTo(SupportedDatabase.MARIADB);
        assertThat(SupportedDatabase.MARIADB.driverClassName()).isEqualTo("org.mariadb.jdbc.Driver");
        assertThat(SupportedDatabase.MARIADB.dialect()).isEqualTo(Dialect.MYSQL);
        assertThat(SupportedDatabase.MARIADB.migrationLocation()).isEqualTo("classpath:db/migration/mariadb");
    }

    @Test
    void aMySqlUrlIsGivenTheMariaDbDriversPermissionAndOtherUrlsStayAsTheyAre() {
        assertThat(SupportedDatabase.MARIADB.driverUrl("jdbc:mysql://db:3306/switchboard"))
                .isEqualTo("jdbc:mysql://db:3306/switchboard?permitMysqlScheme");
        assertThat(SupportedDatabase.MARIADB.driverUrl("jdbc:mysql://db:3306/switchboard?sslMode=verify-full"))
                .isEqualTo("jdbc:mysql://db:3306/switchboard?sslMode=verify-full&permitMysqlScheme");
        assertThat(SupportedDatabase.MARIADB.driverUrl("jdbc:mysql://db:3306/switchboard?permitMysqlScheme"))
                .isEqualTo("jdbc:mysql://db:3306/switchboard?permitMysqlScheme");
        assertThat(SupportedDatabase.MARIADB.driverUrl("jdbc:mariadb://db:3306/switchboard"))
                .isEqualTo("jdbc:mariadb://db:3306/switchboard");
        assertThat(SupportedDatabase.POSTGRESQL.driverUrl("jdbc:postgresql://db/switchboard"))
                .isEqualTo("jdbc:postgresql://db/switchboard");
    }

    /** With it, an UPDATE that sets the values already stored would count no row, as if the record were unknown. */
    @Test
    void aMariaDbUrlThatAsksForChangedRowsInsteadOfMatchedRowsIsRefused() {
        assertThatThrownBy(() -> SupportedDatabase.MARIADB.driverUrl(
                "jdbc:mariadb://db:3306/switchboard?password=hunter2&useAffectedRows=true"))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessage("Unsupported option useAffectedRows in database URL"
                        + " jdbc:mariadb://db:3306/switchboard?password=***&useAffectedRows=true: Switchboard tells"
                        + " from the rows an UPDATE matched whether a record exists; leave it out or set it to false");
        assertThatThrownBy(() -> SupportedDatabase.MARIADB.driverUrl("jdbc:mysql://db/switchboard?useAffectedRows"))
                .isInstanceOf(DatabaseStartupException.class);
        assertThat(SupportedDatabase.MARIADB.driverUrl("jdbc:mariadb://db:3306/switchboard?useAffectedRows=false"))
                .isEqualTo("jdbc:mariadb://db:3306/switchboard?useAffectedRows=false");
    }

    @Test
    void anyOtherUrlIsRefusedWithTheSupportedPrefixesAndWithoutItsPassword() {
        assertThatThrownBy(() -> SupportedDatabase.of("jdbc:sqlserver://db:1433;databaseName=switchboard;password=hunter2"))
                .isInstanceOf(DatabaseStartupException.class)
                .hasMessage("Unsupported database URL jdbc:sqlserver://db:1433;databaseName=switchboard;password=***:"
                        + " Switchboard runs on URLs that start with jdbc:h2:, jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:");
    }

    @Test
    void thePrefixIsMatchedExactlyAsTheDriversMatchIt() {
        assertThatThrownBy(() -> SupportedDatabase.of("JDBC:POSTGRESQL://db/switchboard"))
                .isInstanceOf(DatabaseStartupException.class);
        assertThatThrownBy(() -> SupportedDatabase.of("postgresql://db/switchboard"))
                .isInstanceOf(DatabaseStartupException.class);
    }

    @Test
    void passwordsAreMaskedWhereverTheyAppear() {
        assertThat(DatabaseStartupException.withoutPasswords("at jdbc:mysql://app:s3cret@db/switchboard",
                "jdbc:mysql://app:s3cret@db/switchboard", null))
                .isEqualTo("at jdbc:mysql://app:***@db/switchboard");
        assertThat(DatabaseStartupException.withoutPasswords("at jdbc:postgresql://db/sb?user=app&password=s3cret&ssl=true",
                "jdbc:postgresql://db/sb?user=app&password=s3cret&ssl=true", null))
                .isEqualTo("at jdbc:postgresql://db/sb?user=app&password=***&ssl=true");
        assertThat(DatabaseStartupException.withoutPasswords("driver said: bad port s3cret@db", "jdbc:mysql://app:s3cret@db/sb", null))
                .isEqualTo("driver said: bad port ***@db");
        assertThat(DatabaseStartupException.withoutPasswords("login of app with s3cret failed", "jdbc:postgresql://db/sb", "s3cret"))
                .isEqualTo("login of app with *** failed");
        assertThat(DatabaseStartupException.withoutPasswords("nothing to hide", "jdbc:h2:mem:x", ""))
                .isEqualTo("nothing to hide");
    }
}
