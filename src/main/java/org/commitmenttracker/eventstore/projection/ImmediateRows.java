package org.commitmenttracker.eventstore.projection;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sends every statement at once. */
record ImmediateRows(JdbcTemplate jdbc) implements Rows {

    @Override
    public void insert(String sql, Object... parameters) {
        jdbc.update(sql, parameters);
    }

    @Override
    public void inOrder(String sql, Object... parameters) {
        jdbc.update(sql, parameters);
    }

    @Override
    public void onceAfter(String sql, String key) {
        BatchedRows.sendOnceAfter(jdbc, sql, List.of(key));
    }
}
