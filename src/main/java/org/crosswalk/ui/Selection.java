package org.crosswalk.ui;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;

/**
 * What the user has selected across the panes: a plan item in the browser, a priority (tree or
 * table) and a link (table). Ids, not records, so a reload keeps the selection.
 */
public final class Selection {
    private final WorkspaceSession session;
    private final ObjectProperty<UUID> planItem = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> priority = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> link = new SimpleObjectProperty<>();

    public Selection(WorkspaceSession session) {
        this.session = session;
        session.contentProperty().addListener((o, old, now) -> forgetMissing(now));
    }

    public ObjectProperty<UUID> planItemProperty() {
        return planItem;
    }

    public ObjectProperty<UUID> priorityProperty() {
        return priority;
    }

    public ObjectProperty<UUID> linkProperty() {
        return link;
    }

    public Optional<PlanItem> planItem() {
        return content().flatMap(c -> Optional.ofNullable(planItem.get()).flatMap(c::item));
    }

    public Optional<Priority> priority() {
        return content().flatMap(c -> Optional.ofNullable(priority.get()).flatMap(c::priority));
    }

    public Optional<Link> link() {
        return content().flatMap(c -> Optional.ofNullable(link.get()).flatMap(c::link));
    }

    private Optional<WorkspaceContent> content() {
        return Optional.ofNullable(session.content());
    }

    private void forgetMissing(WorkspaceContent now) {
        if (now == null) {
            planItem.set(null);
            priority.set(null);
            link.set(null);
            return;
        }
        if (planItem.get() != null && now.item(planItem.get()).isEmpty()) {
            planItem.set(null);
        }
        if (priority.get() != null && now.priority(priority.get()).isEmpty()) {
            priority.set(null);
        }
        if (link.get() != null && now.link(link.get()).isEmpty()) {
            link.set(null);
        }
    }
}
