package org.commitmenttracker.item.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a query's rows and how many rows it has in all, in one pass: the total is a window count over the same
 * matches, so the list is planned and read once, not once for the page and again for its total (issue #17). Only a page
 * past the end, which has no row to carry the total, is counted on its own.
 */
record CountedPage<T>(List<T> rows, long total) {

    /** @param from the query from its FROM on, with its conditions; {@code :limit} and {@code :offset} are added */
    static <T> CountedPage<T> of(
            JdbcClient jdbc,
            String columns,
            String from,
            Map<String, ?> parameters,
            String orderBy,
            int limit,
            long offset,
            RowMapper<T> row) {
        long[] total = {0};
        List<T> rows = new ArrayList<>(jdbc.sql("SELECT " + columns + ", count(*) OVER () AS total_rows " + from
                        + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(parameters)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total_rows");
                    return row.mapRow(rs, n);
                })
                .list());
        if (rows.isEmpty() && offset > 0) {
            total[0] = jdbc.sql("SELECT count(*) " + from)
                    .params(parameters)
                    .query(Long.class)
                    .single();
        }
        return new CountedPage<>(rows, total[0]);
    }
}
