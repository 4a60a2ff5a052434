package org.crosswalk.ui.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosswalk.export.coverage.Coverage;
import org.crosswalk.export.coverage.PlanCoverage;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.WorkspaceSession;

/**
 * The coverage view's state: the workspace's coverage (worked out again after every change), the
 * plan the heat map shows, rows by theme or by priority, and the links behind the chosen cell.
 */
public final class CoverageViewModel {
    /** A heat-map row: a theme, or one priority (indented under its theme). */
    public record HeatRow(UUID id, String label, boolean theme) {
    }

    /** A heat-map cell the user chose. */
    public record Cell(HeatRow row, Chapter chapter) {
    }

    /** One link behind the chosen cell, as the list under the heat map shows it. */
    public record CellLink(String priority, String paragraph, String text) {
    }

    private final WorkspaceSession session;
    private final ReadOnlyObjectWrapper<Coverage> coverage = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<PlanCoverage> plan = new SimpleObjectProperty<>();
    private final BooleanProperty byPriority = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Cell> cell = new ReadOnlyObjectWrapper<>();
    private final ObservableList<HeatRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CellLink> cellLinks = FXCollections.observableArrayList();

    public CoverageViewModel(WorkspaceSession session) {
        this.session = session;
        session.contentProperty().addListener((o, old, now) -> refresh(now));
        byPriority.addListener((o, was, now) -> {
            cell.set(null);
            refreshRows();
        });
        plan.addListener((o, old, now) -> {
            if (old == null || now == null || !old.plan().id().equals(now.plan().id())) {
                cell.set(null);
            }
            refreshCellLinks();
        });
        refresh(session.content());
    }

    private void refresh(WorkspaceContent content) {
        if (content == null) {
            coverage.set(null);
            plan.set(null);
            rows.clear();
            cell.set(null);
            cellLinks.clear();
            return;
        }
        Coverage now = Coverage.of(content);
        PlanCoverage shown = plan.get();
        coverage.set(now);
        plan.set(shown == null ? now.mostLinkedPlan().orElse(null)
                : now.plan(shown.plan().id()).or(now::mostLinkedPlan).orElse(null));
        refreshRows();
    }

    private void refreshRows() {
        WorkspaceContent content = session.content();
        List<HeatRow> list = new ArrayList<>();
        if (content != null) {
            for (Theme theme : content.themes()) {
                list.add(new HeatRow(theme.id(), theme.title(), true));
                if (byPriority.get()) {
                    for (Priority priority : content.prioritiesOf(theme.id())) {
                        list.add(new HeatRow(priority.id(), priority.title(), false));
                    }
                }
            }
        }
        rows.setAll(list);
        Cell chosen = cell.get();
        if (chosen != null && !list.contains(chosen.row())) {
            cell.set(null);
        }
        refreshCellLinks();
    }

    public ReadOnlyObjectProperty<Coverage> coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    /** The plan the heat map and the "not addressed" list show. */
    public ObjectProperty<PlanCoverage> planProperty() {
        return plan;
    }

    /** Rows for every priority under its theme, rather than one row per theme. */
    public BooleanProperty byPriorityProperty() {
        return byPriority;
    }

    public ObservableList<HeatRow> rows() {
        return rows;
    }

    /** Links from a row (a theme's priorities, or one priority) into a chapter of the shown plan. */
    public List<Link> links(HeatRow row, Chapter chapter) {
        PlanCoverage shown = plan.get();
        if (shown == null) {
            return List.of();
        }
        return row.theme() ? shown.themeLinks(row.id(), chapter.id()) : shown.links(row.id(), chapter.id());
    }

    /** The busiest cell of the rows shown: the darkest shade of the heat map. */
    public int busiestCell() {
        PlanCoverage shown = plan.get();
        if (shown == null) {
            return 0;
        }
        return byPriority.get() ? Math.max(shown.busiestPriorityCell(), shown.busiestThemeCell())
                : shown.busiestThemeCell();
    }

    public ReadOnlyObjectProperty<Cell> cellProperty() {
        return cell.getReadOnlyProperty();
    }

    /** Chooses a cell: the list under the heat map shows the links behind it. */
    public void choose(HeatRow row, Chapter chapter) {
        cell.set(new Cell(Objects.requireNonNull(row), Objects.requireNonNull(chapter)));
        refreshCellLinks();
    }

    public ObservableList<CellLink> cellLinks() {
        return cellLinks;
    }

    private void refreshCellLinks() {
        Cell chosen = cell.get();
        WorkspaceContent content = session.content();
        if (chosen == null || content == null) {
            cellLinks.clear();
            return;
        }
        List<CellLink> list = new ArrayList<>();
        for (Link link : links(chosen.row(), chosen.chapter())) {
            PlanItem item = content.item(link.planItemId()).orElse(null);
            String priority = content.priority(link.priorityId()).map(Priority::title).orElse("");
            if (item != null) {
                String number = item.hasNumber() ? item.number() + " " : "";
                list.add(new CellLink(priority, number + content.citation(item),
                        link.hasExcerpt() ? "“" + link.excerpt() + "”" : item.text()));
            }
        }
        cellLinks.setAll(list);
    }

    /** "25 priorities: 18 backed by the plans, 5 not mentioned, 2 not yet mapped. 61 links." */
    public String summary() {
        Coverage now = coverage.get();
        if (now == null) {
            return "";
        }
        Coverage.Totals totals = now.totals();
        return totals.priorities() + (totals.priorities() == 1 ? " priority: " : " priorities: ")
                + totals.backed() + " backed by a national plan, " + totals.noMention() + " not mentioned in it, "
                + totals.notMapped() + " not yet mapped. " + totals.links()
                + (totals.links() == 1 ? " link." : " links.");
    }
}
