package org.crosswalk.store.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A query answering rows as column maps: an edit's context, or a plain connection. */
@FunctionalInterface
interface RowQuery {
    List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException;

    static RowQuery on(Connection connection) {
        return (sql, parameters) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.put(meta.getColumnName(c), result.getObject(c));
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        };
    }
}
