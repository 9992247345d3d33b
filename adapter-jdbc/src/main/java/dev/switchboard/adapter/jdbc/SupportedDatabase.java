package dev.switchboard.adapter.jdbc;

import io.micronaut.data.model.query.builder.sql.Dialect;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The databases Switchboard runs on, recognised by the prefix of the JDBC URL, and everything that follows from
 * the URL: the driver, the Micronaut Data dialect and the folder of Flyway migrations.
 */
enum SupportedDatabase {

    H2("org.h2.Driver", Dialect.H2, "h2", "jdbc:h2:"),
    POSTGRESQL("org.postgresql.Driver", Dialect.POSTGRES, "postgresql", "jdbc:postgresql:"),
    /** MySQL 8 speaks the same protocol and SQL as far as Switchboard goes, so one driver and one schema serve both. */
    MARIADB("org.mariadb.jdbc.Driver", Dialect.MYSQL, "mariadb", "jdbc:mariadb:", "jdbc:mysql:");

    /** The MariaDB driver (3.x) accepts a jdbc:mysql: URL only when the URL carries this option. */
    private static final String PERMIT_MYSQL_SCHEME = "permitMysqlScheme";

    /**
     * The MariaDB driver's option to report changed rows instead of matched rows. An update of this adapter tells
     * from its row count whether the row exists, and an UPDATE that sets the values already stored changes none.
     */
    private static final Pattern USE_AFFECTED_ROWS = Pattern.compile("(?i)[?&]useAffectedRows(?:=([^&]*))?(?:&|$)");

    private final String driverClassName;
    private final Dialect dialect;
    private final String migrationFolder;
    private final List<String> urlPrefixes;

    SupportedDatabase(String driverClassName, Dialect dialect, String migrationFolder, String... urlPrefixes) {
        this.driverClassName = driverClassName;
        this.dialect = dialect;
        this.migrationFolder = migrationFolder;
        this.urlPrefixes = List.of(urlPrefixes);
    }

    /** The database a JDBC URL points at; any other URL is refused with a message that lists the supported ones. */
    static SupportedDatabase of(String url) {
        for (SupportedDatabase database : values()) {
            if (database.urlPrefixes.stream().anyMatch(url::startsWith)) {
                return database;
            }
        }
        throw DatabaseStartupException.unsupportedUrl(url, supportedPrefixes());
    }

    /** An H2 database kept in a file (embedded or behind an H2 server), as opposed to one in memory. */
    static boolean isH2OnDisk(String url) {
        return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.contains("/mem:");
    }

    /** Every prefix this enum recognises, for the message that refuses any other URL. */
    private static String supportedPrefixes() {
        return Arrays.stream(values())
                .flatMap(database -> database.urlPrefixes.stream())
                .collect(Collectors.joining(", "));
    }

    String driverClassName() {
        return driverClassName;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Flyway's {@code locations}: one folder per database, because Flyway has no per-vendor placeholder here. */
    String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    /**
     * The URL as this database's driver accepts it: a jdbc:mysql: URL gets the MariaDB driver's permission. A MariaDB
     * URL that asks for changed rows instead of matched rows is refused.
     */
    String driverUrl(String url) {
        Matcher affectedRows = USE_AFFECTED_ROWS.matcher(url);
        if (this == MARIADB && affectedRows.find() && !"false".equalsIgnoreCase(affectedRows.group(1))) {
            throw DatabaseStartupException.unsupportedOption(url, "useAffectedRows", "Switchboard tells from the rows"
                    + " an UPDATE matched whether a record exists; leave it out or set it to false");
        }
        if (!url.startsWith("jdbc:mysql:") || url.contains(PERMIT_MYSQL_SCHEME)) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + PERMIT_MYSQL_SCHEME;
    }
}
