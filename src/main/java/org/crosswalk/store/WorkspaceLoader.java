package org.crosswalk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.model.Board;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.ImplementationStatus;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Link;
import org.crosswalk.model.LinkReview;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Progress;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.Section;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;

/** Reads a whole workspace into immutable records (workspaces are small: one query per table). */
final class WorkspaceLoader {
    private WorkspaceLoader() {
    }

    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static WorkspaceContent load(Connection connection) throws SQLException {
        List<Board> boards = list(connection, "SELECT * FROM board ORDER BY created_at, id",
                r -> new Board(uuid(r, "id"), r.getString("name"), r.getString("title")));
        if (boards.isEmpty()) {
            throw new SQLException("The workspace has no board row.");
        }
        return new WorkspaceContent(boards.get(0),
                list(connection, "SELECT * FROM plan ORDER BY position, id", WorkspaceLoader::plan),
                list(connection, "SELECT * FROM chapter ORDER BY position, id", r -> new Chapter(uuid(r, "id"),
                        uuid(r, "plan_id"), r.getString("number"), r.getString("title"), r.getInt("position"))),
                list(connection, "SELECT * FROM section ORDER BY position, id", r -> new Section(uuid(r, "id"),
                        uuid(r, "chapter_id"), r.getString("title"), r.getInt("position"))),
                list(connection, "SELECT * FROM plan_item ORDER BY position, id", WorkspaceLoader::item),
                list(connection, "SELECT * FROM theme ORDER BY position, id", r -> new Theme(uuid(r, "id"),
                        uuid(r, "board_id"), r.getString("title"), r.getInt("position"))),
                list(connection, "SELECT * FROM priority ORDER BY position, id", r -> new Priority(uuid(r, "id"),
                        uuid(r, "theme_id"), r.getString("title"), r.getString("note"), r.getString("no_mention"),
                        r.getInt("position"), optionalString(r, "lead"), progress(r))),
                list(connection, "SELECT * FROM sub_item ORDER BY position, id", r -> new SubItem(uuid(r, "id"),
                        uuid(r, "priority_id"), r.getString("text"), r.getInt("position"))),
                list(connection, "SELECT * FROM link ORDER BY position, id", WorkspaceLoader::link),
                paperSettings(connection));
    }

    /** A priority's follow-up; files of schemas before tracking have none. */
    private static Progress progress(ResultSet r) throws SQLException {
        String due = optionalString(r, "due_date");
        return new Progress(optionalString(r, "action"),
                ImplementationStatus.fromCode(optionalString(r, "status")).orElse(null),
                due == null || due.isBlank() ? null : parseDate(due), optionalString(r, "progress_note"),
                optionalString(r, "progress_at"), optionalString(r, "progress_by"));
    }

    /** A due date someone wrote into the file by hand in another form is read as no date rather than refused. */
    private static java.time.LocalDate parseDate(String text) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static PaperSettings paperSettings(Connection connection) throws SQLException {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String[] row : list(connection, "SELECT key, value FROM paper_setting",
                r -> new String[] {r.getString("key"), r.getString("value")})) {
            values.put(row[0], row[1]);
        }
        return PaperSettings.fromValues(values);
    }

    private static Plan plan(ResultSet r) throws SQLException {
        String replaces = optionalString(r, "replaces_plan_id");
        return new Plan(uuid(r, "id"), r.getString("title"), r.getString("label"), r.getString("edition"),
                r.getString("published"), r.getString("publisher"), r.getString("source"),
                r.getString("attribution"), replaces == null ? null : UUID.fromString(replaces));
    }

    private static Link link(ResultSet r) throws SQLException {
        return new Link(uuid(r, "id"), uuid(r, "priority_id"), uuid(r, "plan_item_id"), r.getString("excerpt"),
                Relevance.fromCode(r.getString("relevance")), r.getString("note"), r.getInt("position"),
                LinkReview.fromCode(optionalString(r, "review")), optionalString(r, "review_note"));
    }

    /**
     * A column added in a later schema version, or null: workspaces are upgraded when opened
     * read-write, but tests and tools may read a file of an earlier version.
     */
    private static String optionalString(ResultSet r, String column) throws SQLException {
        java.sql.ResultSetMetaData meta = r.getMetaData();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            if (column.equalsIgnoreCase(meta.getColumnName(c))) {
                return r.getString(c);
            }
        }
        return null;
    }

    private static PlanItem item(ResultSet r) throws SQLException {
        int page = r.getInt("page");
        Integer printedPage = r.wasNull() ? null : page;
        return new PlanItem(uuid(r, "id"), uuid(r, "plan_id"), uuid(r, "chapter_id"), uuid(r, "section_id"),
                r.getString("number"), printedPage, ItemKind.fromCode(r.getString("kind")), r.getString("text"),
                r.getString("fingerprint"), r.getInt("position"));
    }

    private static UUID uuid(ResultSet r, String column) throws SQLException {
        String value = r.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    private static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }
}
