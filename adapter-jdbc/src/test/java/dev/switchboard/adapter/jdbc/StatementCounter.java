package dev.switchboard.adapter.jdbc;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Wraps the application's DataSource so that a test can see how statements reach the JDBC driver: for INSERTs, how
 * many rows were added to a batch, how many batches were executed, and how many statements were executed one by
 * one; for every statement, each execution (a batch counts once) and each commit or rollback, in order. Those are
 * the round trips the adapter asks for; what a driver or the pool sends on its own (BEGIN, autocommit switches,
 * validation) is not seen here. Everything is passed through untouched. Active only in tests that set
 * {@code test.count-statements}.
 *
 * <p>It must wrap the pool's DataSource before Micronaut Data wraps it in its contextual proxy. Flyway migrates while
 * the DataSource bean is still being created and sees through that proxy to the DataSource inside, but not through
 * this one: wrapped outside it, Flyway would ask the contextual proxy for a connection and bean creation would recurse.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
@Requires(property = "test.count-statements", value = "true")
public class StatementCounter implements BeanCreatedEventListener<DataSource> {

    private static final Pattern TABLE = Pattern.compile("^(?:insert into|update|delete from|select .*? from) (\\w+)");

    /** What the driver was asked to do with the statements of one {@code INSERT INTO <table>}. */
    public record Calls(int rowsAddedToBatch, int batchesExecuted, int executedOneByOne) {
    }

    private final Map<String, Calls> callsByTable = new ConcurrentHashMap<>();
    private final List<String> executed = new CopyOnWriteArrayList<>();

    public Calls insertsInto(String table) {
        return callsByTable.getOrDefault(table, new Calls(0, 0, 0));
    }

    /**
     * Every execution and every commit or rollback since the last {@link #reset}, in order, each described by its
     * verb and table: {@code "select interaction for update"}, {@code "insert transcript_message"}, {@code "commit"}.
     */
    public List<String> executed() {
        return List.copyOf(executed);
    }

    public void reset() {
        callsByTable.clear();
        executed.clear();
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return wrap(DataSource.class, event.getBean(), (method, args, result) ->
                method.getName().equals("getConnection") ? wrapConnection((Connection) result) : result);
    }

    private Connection wrapConnection(Connection connection) {
        return wrap(Connection.class, connection, (method, args, result) -> {
            switch (method.getName()) {
                case "prepareStatement" -> {
                    return wrapPrepared((String) args[0], (PreparedStatement) result);
                }
                case "createStatement" -> {
                    return wrapPlain((Statement) result);
                }
                case "commit", "rollback" -> executed.add(method.getName());
                default -> {
                }
            }
            return result;
        });
    }

    private PreparedStatement wrapPrepared(String sql, PreparedStatement statement) {
        String table = insertedTable(sql);
        return wrap(PreparedStatement.class, statement, (method, args, result) -> {
            switch (method.getName()) {
                case "addBatch" -> recordInsert(table, new Calls(1, 0, 0));
                case "executeBatch", "executeLargeBatch" -> {
                    recordInsert(table, new Calls(0, 1, 0));
                    executed.add(describe(sql));
                }
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
                    recordInsert(table, new Calls(0, 0, 1));
                    executed.add(describe(sql));
                }
                default -> {
                }
            }
            return result;
        });
    }

    /** A plain Statement gets its SQL with each execution. */
    private Statement wrapPlain(Statement statement) {
        return wrap(Statement.class, statement, (method, args, result) -> {
            if (method.getName().startsWith("execute") && args != null && args.length > 0
                    && args[0] instanceof String sql) {
                executed.add(describe(sql));
            }
            return result;
        });
    }

    private void recordInsert(String table, Calls calls) {
        if (table != null) {
            record(table, calls);
        }
    }

    private void record(String table, Calls calls) {
        callsByTable.merge(table, calls, (a, b) -> new Calls(a.rowsAddedToBatch() + b.rowsAddedToBatch(),
                a.batchesExecuted() + b.batchesExecuted(), a.executedOneByOne() + b.executedOneByOne()));
    }

    /** The verb and table of a statement, and whether it locks: {@code "select interaction for update"}. */
    private static String describe(String sql) {
        String text = sql.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher table = TABLE.matcher(text);
        String verb = text.split(" ", 2)[0];
        String locks = text.endsWith(" for update") ? " for update" : "";
        return (table.find() ? verb + " " + table.group(1) : text) + locks;
    }

    /** The table of an {@code INSERT INTO table …} statement, or null for any other statement. */
    private static String insertedTable(String sql) {
        String[] words = sql.trim().toLowerCase(Locale.ROOT).split("[\\s(]+", 4);
        return words.length >= 3 && words[0].equals("insert") && words[1].equals("into") ? words[2] : null;
    }

    @FunctionalInterface
    private interface AfterCall {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }

    /** A JDK proxy that calls the target and then lets {@code after} inspect or replace the result. */
    private static <T> T wrap(Class<T> type, T target, AfterCall after) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, args, result);
        });
        return type.cast(proxy);
    }
}
