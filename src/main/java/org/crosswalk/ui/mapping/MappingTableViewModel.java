package org.crosswalk.ui.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.Selection;
import org.crosswalk.ui.WorkspaceSession;

/** The rows of the mapping table, rebuilt from the workspace content. */
public final class MappingTableViewModel {
    private final ObservableList<MappingRow> rows = FXCollections.observableArrayList();
    private final Selection selection;

    public MappingTableViewModel(WorkspaceSession session, Selection selection) {
        this.selection = selection;
        session.contentProperty().addListener((o, old, now) -> rows.setAll(rowsOf(now)));
        rows.setAll(rowsOf(session.content()));
    }

    public ObservableList<MappingRow> rows() {
        return rows;
    }

    /** The rows for {@code content}: a band per theme, its priorities, each followed by its links. */
    public static List<MappingRow> rowsOf(WorkspaceContent content) {
        List<MappingRow> result = new ArrayList<>();
        if (content == null) {
            return result;
        }
        Map<UUID, PlanItem> items = content.itemsById();
        for (Theme theme : content.themes()) {
            result.add(new MappingRow.ThemeBand(theme));
            for (Priority priority : content.prioritiesOf(theme.id())) {
                List<Link> links = content.linksOf(priority.id());
                result.add(new MappingRow.PriorityLine(priority, content.subItemsOf(priority.id()), links.size()));
                for (Link link : links) {
                    PlanItem item = items.get(link.planItemId());
                    if (item != null) {
                        result.add(new MappingRow.LinkLine(link, item, content.citation(item),
                                ReviewWording.reason(content, link)));
                    }
                }
            }
        }
        return result;
    }

    /** The selected link, which the table follows when something else selects it (Next Link to Review). */
    public javafx.beans.property.ReadOnlyObjectProperty<UUID> selectedLinkProperty() {
        return selection.linkProperty();
    }

    /** Selecting a row selects its priority, and its link when it is a link row. */
    public void rowSelected(MappingRow row) {
        if (row == null) {
            selection.linkProperty().set(null);
            return;
        }
        if (row.priorityId() != null) {
            selection.priorityProperty().set(row.priorityId());
        }
        selection.linkProperty().set(row instanceof MappingRow.LinkLine line ? line.link().id() : null);
    }

    /** The row to show selected for the current selection. */
    public int indexOfSelection() {
        UUID link = selection.linkProperty().get();
        UUID priority = selection.priorityProperty().get();
        for (int i = 0; i < rows.size(); i++) {
            MappingRow row = rows.get(i);
            if (link != null && row instanceof MappingRow.LinkLine line && line.link().id().equals(link)) {
                return i;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (link == null && rows.get(i) instanceof MappingRow.PriorityLine line
                    && line.priority().id().equals(priority)) {
                return i;
            }
        }
        return -1;
    }
}
