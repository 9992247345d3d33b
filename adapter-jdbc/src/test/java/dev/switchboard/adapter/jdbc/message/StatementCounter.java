package dev.switchboard.adapter.jdbc.message;

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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Wraps the application's DataSource so that a test can see how INSERT statements reach the JDBC driver: how many
 * rows were added to a batch, how many batches were executed, and how many statements were executed one by one.
 * Everything else is passed through untouched. Active only in tests that set {@code test.count-statements}.
 *
 * <p>It must wrap the pool's DataSource before Micronaut Data wraps it in its contextual proxy. Flyway migrates while
 * the DataSource bean is still being created and sees through that proxy to the DataSource inside, but not through
 * this one: wrapped outside it, Flyway would ask the contextual proxy for a connection and bean creation would recurse.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
@Requires(property = "test.count-statements", value = "true")
class StatementCounter implements BeanCreatedEventListener<DataSource> {

    /** What the driver was asked to do with the statements of one {@code INSERT INTO <table>}. */
    record Calls(int rowsAddedToBatch, int batchesExecuted, int executedOneByOne) {
    }

    private final Map<String, Calls> callsByTable = new ConcurrentHashMap<>();

    Calls insertsInto(String table) {
        return callsByTable.getOrDefault(table, new Calls(0, 0, 0));
    }

    void reset() {
        callsByTable.clear();
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return wrap(DataSource.class, event.getBean(), (method, args, result) ->
                method.getName().equals("getConnection") ? wrapConnection((Connection) result) : result);
    }

    private Connection wrapConnection(Connection connection) {
        return wrap(Connection.class, connection, (method, args, result) -> {
            if (method.getName().equals("prepareStatement")) {
                String table = insertedTable((String) args[0]);
                if (table != null) {
                    return wrapInsert(table, (PreparedStatement) result);
                }
            }
            return result;
        });
    }

    private PreparedStatement wrapInsert(String table, PreparedStatement statement) {
        return wrap(PreparedStatement.class, statement, (method, args, result) -> {
            switch (method.getName()) {
                case "addBatch" -> record(table, new Calls(1, 0, 0));
                case "executeBatch", "executeLargeBatch" -> record(table, new Calls(0, 1, 0));
                case "execute", "executeUpdate", "executeLargeUpdate" -> record(table, new Calls(0, 0, 1));
                default -> {
                }
            }
            return result;
        });
    }

    private void record(String table, Calls calls) {
        callsByTable.merge(table, calls, (a, b) -> new Calls(a.rowsAddedToBatch() + b.rowsAddedToBatch(),
                a.batchesExecuted() + b.batchesExecuted(), a.executedOneByOne() + b.executedOneByOne()));
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
