package org.crosswalk.tables.priorities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;

/** Compares what a file holds with what a workspace has, by wording, into a {@link PriorityImportPreview}. */
final class PreviewPlanner {
    private PreviewPlanner() {
    }

    static PriorityImportPreview plan(ImportedPriorities imported, WorkspaceContent content) {
        Map<String, UUID> themes = new HashMap<>();
        for (Theme theme : content.themes()) {
            themes.putIfAbsent(Wording.key(theme.title()), theme.id());
        }
        Map<String, UUID> priorities = new HashMap<>();
        for (Priority priority : content.priorities()) {
            priorities.putIfAbsent(Wording.key(priority.title()), priority.id());
        }
        List<PriorityImportPreview.Theme> planned = new ArrayList<>();
        for (ImportedPriorities.Theme theme : imported.themes()) {
            List<PriorityImportPreview.Priority> plannedPriorities = new ArrayList<>();
            for (ImportedPriorities.Priority priority : theme.priorities()) {
                UUID existing = priorities.get(Wording.key(priority.title()));
                plannedPriorities.add(new PriorityImportPreview.Priority(priority.title(), existing, priority.note(),
                        priority.lead(), subItems(priority, existing, content), priority.line()));
            }
            planned.add(new PriorityImportPreview.Theme(theme.title(), themes.get(Wording.key(theme.title())),
                    plannedPriorities));
        }
        return new PriorityImportPreview(imported.source(), content.board().id(), planned, imported.problems());
    }

    private static List<PriorityImportPreview.SubItem> subItems(ImportedPriorities.Priority priority, UUID existing,
                                                                 WorkspaceContent content) {
        Set<String> there = new HashSet<>();
        if (existing != null) {
            for (SubItem subItem : content.subItemsOf(existing)) {
                there.add(Wording.key(subItem.text()));
            }
        }
        return priority.subItems().stream()
                .map(text -> new PriorityImportPreview.SubItem(text, there.contains(Wording.key(text)))).toList();
    }
}
