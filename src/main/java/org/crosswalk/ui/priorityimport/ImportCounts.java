package org.crosswalk.ui.priorityimport;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.tables.priorities.PriorityImportPreview;

/** The preview's counts in one sentence: "Will create 2 themes and 13 priorities; 4 priorities already exist." */
final class ImportCounts {
    private ImportCounts() {
    }

    static String sentence(PriorityImportPreview preview) {
        String existing = list(preview.existingThemes(), preview.existingPriorities(), preview.existingSubItems());
        boolean oneExists = preview.existingThemes() + preview.existingPriorities() + preview.existingSubItems() == 1;
        String exist = existing.isEmpty() ? "" : existing + (oneExists ? " already exists" : " already exist");
        if (preview.nothingToCreate()) {
            return preview.themes().isEmpty() ? "No priorities found."
                    : "Nothing new: " + existing + (oneExists ? " is" : " are") + " already in the workspace.";
        }
        String create = "Will create " + list(preview.newThemes(), preview.newPriorities(), preview.newSubItems());
        return create + (exist.isEmpty() ? "" : "; " + exist) + ".";
    }

    /** "2 themes, 13 priorities and 21 sub-items", leaving out what there are none of. */
    static String list(long themes, long priorities, long subItems) {
        List<String> parts = new ArrayList<>();
        add(parts, themes, "theme", "themes");
        add(parts, priorities, "priority", "priorities");
        add(parts, subItems, "sub-item", "sub-items");
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void add(List<String> parts, long count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
