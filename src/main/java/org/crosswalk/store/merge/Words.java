package org.crosswalk.store.merge;

import java.util.Map;
import org.crosswalk.store.edit.Tables;

/** Rows and values put in a workshop's words, looking names up in either copy. */
final class Words {
    private static final int SHORT = 60;
    private final CopyRows ours;
    private final CopyRows theirs;

    Words(CopyRows ours, CopyRows theirs) {
        this.ours = ours;
        this.theirs = theirs;
    }

    /** "Priority ‘Smoking in pregnancy’", "Link from ‘…’ to paragraph 2.13". */
    String what(MergedTable table, Map<String, Object> row) {
        return switch (table) {
            case BOARD -> "The board’s name and title";
            case THEME -> "Theme " + quote(row.get("title"));
            case PRIORITY -> "Priority " + quote(row.get("title"));
            case SUB_ITEM -> "Sub-item " + quote(row.get("text")) + " of " + priorityTitle(row.get("priority_id"));
            case LINK -> "Link from " + priorityTitle(row.get("priority_id")) + " to "
                    + paragraph(row.get("plan_item_id"));
        };
    }

    /** A column's value as a person reads it. */
    String value(String column, Object value) {
        return switch (column) {
            case "theme_id" -> quote(title(MergedTable.THEME, value, "title"));
            case "priority_id" -> priorityTitle(value);
            case "board_id" -> quote(title(MergedTable.BOARD, value, "name"));
            case "plan_item_id" -> paragraph(value);
            case "no_mention" -> value == null ? "Not marked" : "Marked: " + value;
            case "excerpt" -> value == null || value.toString().isBlank() ? "(the whole paragraph)" : value.toString();
            case "review" -> value == null ? "Nothing to review" : "changed".equals(value)
                    ? "The plan’s wording changed" : "Not found in the new edition";
            case "status" -> value == null ? "Not reported"
                    : org.crosswalk.model.ImplementationStatus.fromCode(value.toString())
                            .map(org.crosswalk.model.ImplementationStatus::words).orElse(value.toString());
            case "position" -> value == null ? "" : "Number " + (((Number) value).intValue() + 1);
            default -> value == null || value.toString().isBlank() ? "(none)" : value.toString();
        };
    }

    private String priorityTitle(Object id) {
        return quote(title(MergedTable.PRIORITY, id, "title"));
    }

    private String title(MergedTable table, Object id, String column) {
        Map<String, Object> row = ours.row(table, String.valueOf(id));
        if (row == null) {
            row = theirs.row(table, String.valueOf(id));
        }
        return row == null ? "?" : String.valueOf(row.get(column));
    }

    private String paragraph(Object itemId) {
        Map<String, Object> item = ours.table(Tables.PLAN_ITEM).get(String.valueOf(itemId));
        if (item == null) {
            item = theirs.table(Tables.PLAN_ITEM).get(String.valueOf(itemId));
        }
        if (item == null) {
            return "a plan paragraph";
        }
        Object number = item.get("number");
        if (number != null && !number.toString().isBlank()) {
            return "paragraph " + number;
        }
        String text = String.valueOf(item.get("text"));
        return quote(text.length() > SHORT ? text.substring(0, SHORT) + "…" : text);
    }

    static String quote(Object text) {
        return "‘" + text + "’";
    }
}
