package org.crosswalk.store.merge;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.crosswalk.store.edit.EditContext;

/** A query answering rows as column maps: an edit's context, or a plain connection. */
@FunctionalInterface
interface RowQuery {
    List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException;

    static RowQuery on(Connection connection) {
        return (sql, parameters) -> EditContext.rows(connection, sql, parameters);
    }
}
