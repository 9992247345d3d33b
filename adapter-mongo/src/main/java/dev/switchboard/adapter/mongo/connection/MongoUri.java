package dev.switchboard.adapter.mongo.connection;

import com.mongodb.ConnectionString;

/**
 * The configured {@code switchboard.mongo.uri}: the connection string, the database named in its path, and a
 * form safe to print (the password replaced by {@code ***}) for every message that names the URI.
 */
public record MongoUri(ConnectionString connectionString, String database, String masked) {

    static final String PROPERTY = "switchboard.mongo.uri";
    static final String ENVIRONMENT_VARIABLE = "SWITCHBOARD_MONGO_URI";
    private static final String MASK = "***";

    public static MongoUri parse(String uri) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException(PROPERTY + " (environment variable " + ENVIRONMENT_VARIABLE
                    + ") is required when switchboard.storage is mongo, e.g. mongodb://localhost:27017/switchboard");
        }
        String masked = mask(uri);
        ConnectionString connectionString;
        try {
            connectionString = new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            // The driver's message may quote parts of the URI, so the password is taken out of it too.
            throw new IllegalArgumentException(PROPERTY + " is not a valid MongoDB connection string (" + masked + "): "
                    + withoutPassword(e.getMessage(), uri));
        }
        String database = connectionString.getDatabase();
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException(PROPERTY + " must name the database in its path, e.g. "
                    + "mongodb://localhost:27017/switchboard; was " + masked);
        }
        return new MongoUri(connectionString, database, masked);
    }

    /**
     * The URI with its password replaced by {@code ***}; the user name stays, to tell accounts apart. The password
     * runs from the first ':' after the scheme to the last '@': a careless URI (an unescaped '/', '?' or '@' in the
     * password) is masked too, at worst with more than the password hidden.
     */
    public static String mask(String uri) {
        int[] password = passwordBounds(uri);
        return password == null ? uri : uri.substring(0, password[0]) + MASK + uri.substring(password[1]);
    }

    private static String withoutPassword(String text, String uri) {
        int[] password = passwordBounds(uri);
        if (text == null || password == null || password[0] == password[1]) {
            return text;
        }
        return text.replace(uri.substring(password[0], password[1]), MASK);
    }

    /** Start (inclusive) and end (exclusive) of the password in the URI, or null when it has none. */
    private static int[] passwordBounds(String uri) {
        int scheme = uri.indexOf("://");
        int userInfoStart = scheme < 0 ? 0 : scheme + 3;
        int at = uri.lastIndexOf('@');
        int colon = uri.indexOf(':', userInfoStart);
        if (at < userInfoStart || colon < 0 || colon > at) {
            return null;
        }
        return new int[] {colon + 1, at};
    }

    @Override
    public String toString() {
        return masked;
    }
}
