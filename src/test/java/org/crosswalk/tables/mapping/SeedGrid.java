package org.crosswalk.tables.mapping;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.reading.Grid;
import org.crosswalk.tables.reading.GridRow;

/**
 * The seed paper's section-3 table as a Word reader gives it, made from a workspace's own
 * priorities and links the way an officer types them: a spanning row per theme, a header row
 * under it, the priority with "• " sub-items, and in the plan cell each paragraph as
 * "2.18. The NHS will … (NHS LTP p. 37)", unnumbered ones as their text and citation, or the
 * "no mention" wording.
 */
final class SeedGrid {
    static final String HEADER_PRIORITY = "HIB Priority";
    static final String HEADER_PLAN = "NHS Long Term Plan objective";

    private SeedGrid() {
    }

    /** Theme rows, then per priority: its cell and its plan cell. */
    static List<List<String>> cells(WorkspaceContent content) {
        List<List<String>> rows = new ArrayList<>();
        for (Theme theme : content.themes()) {
            rows.add(List.of(theme.title()));
            rows.add(List.of(HEADER_PRIORITY, HEADER_PLAN));
            for (Priority priority : content.prioritiesOf(theme.id())) {
                rows.add(List.of(priorityCell(content, priority), planCell(content, priority)));
            }
        }
        return rows;
    }

    static Grid of(WorkspaceContent content) {
        List<GridRow> rows = new ArrayList<>();
        int line = 1;
        for (List<String> cells : cells(content)) {
            rows.add(new GridRow(line++, cells, cells.size() == 1));
        }
        return new Grid("Table 1 of “HIB paper.docx”", rows);
    }

    static String priorityCell(WorkspaceContent content, Priority priority) {
        StringBuilder cell = new StringBuilder(priority.title());
        for (SubItem subItem : content.subItemsOf(priority.id())) {
            cell.append("\n• ").append(subItem.text());
        }
        return cell.toString();
    }

    static String planCell(WorkspaceContent content, Priority priority) {
        if (priority.isNoMention()) {
            return priority.noMention();
        }
        List<String> passages = new ArrayList<>();
        for (Link link : content.linksOf(priority.id())) {
            PlanItem item = content.item(link.planItemId()).orElseThrow();
            String text = link.hasExcerpt() ? link.excerpt() : item.text();
            passages.add(item.numberOrBlank().isEmpty() ? text + " " + content.citation(item)
                    : item.number() + ". " + text + " " + content.citation(item));
        }
        return String.join("\n", passages);
    }
}
