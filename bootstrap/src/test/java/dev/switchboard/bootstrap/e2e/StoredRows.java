package dev.switchboard.bootstrap.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A table's rows as text, read over a JDBC connection of the test's own (not the service's pool): what an operator
 * or a stolen backup would see. The end-to-end tests look in it for secrets that must not be there.
 */
final class StoredRows {

    private StoredRows() {
    }

    /** Every row of {@code table}, its columns separated by '|', one row a line. */
    static String of(String url, String user, String password, String table) {
        StringBuilder text = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    text.append(rows.getString(i)).append('|');
                }
                text.append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + table + " at " + url, e);
        }
        return text.toString();
    }
}
