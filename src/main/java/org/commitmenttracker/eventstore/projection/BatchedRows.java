package org.commitmenttracker.eventstore.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;

/**
 * A batch's statements, kept in the order the events produced them and sent together: runs of inserts as one JDBC batch
 * per statement text (the driver rewrites each into multi-row INSERTs), ordered statements one by one after everything
 * that came before them.
 *
 * <p>Grouping inserts by statement sends an item's child rows before the parent row of an item opened later in the same
 * batch, so foreign keys are checked when the batch is complete (db/V40 made them deferrable), still inside the
 * transaction.
 */
final class BatchedRows implements Rows {

    private record Statement(String sql, Object[] parameters, boolean ordered) {}

    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, Set<String>> onceAfter = new LinkedHashMap<>();

    @Override
    public void insert(String sql, Object... parameters) {
        statements.add(new Statement(sql, parameters, false));
    }

    @Override
    public void inOrder(String sql, Object... parameters) {
        statements.add(new Statement(sql, parameters, true));
    }

    @Override
    public void onceAfter(String sql, String key) {
        onceAfter.computeIfAbsent(sql, s -> new LinkedHashSet<>()).add(key);
    }

    void sendTo(JdbcTemplate jdbc) {
        if (statements.isEmpty() && onceAfter.isEmpty()) {
            return;
        }
        jdbc.execute("SET CONSTRAINTS ALL DEFERRED");
        Map<String, List<Object[]>> inserts = new LinkedHashMap<>();
        for (Statement statement : statements) {
            if (statement.ordered()) {
                sendInserts(jdbc, inserts);
                jdbc.update(statement.sql(), statement.parameters());
            } else {
                inserts.computeIfAbsent(statement.sql(), sql -> new ArrayList<>())
                        .add(statement.parameters());
            }
        }
        sendInserts(jdbc, inserts);
        onceAfter.forEach((sql, keys) -> sendOnceAfter(jdbc, sql, keys));
        onceAfter.clear();
        // Checks the deferred foreign keys now, so that a violation fails this batch and not some later commit.
        jdbc.execute("SET CONSTRAINTS ALL IMMEDIATE");
        statements.clear();
    }

    static void sendOnceAfter(JdbcTemplate jdbc, String sql, Collection<String> keys) {
        String[] array = keys.toArray(String[]::new);
        jdbc.execute(sql, (PreparedStatementCallback<Boolean>) statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("varchar", array));
            return statement.execute();
        });
    }

    private static void sendInserts(JdbcTemplate jdbc, Map<String, List<Object[]>> inserts) {
        inserts.forEach(jdbc::batchUpdate);
        inserts.clear();
    }
}
