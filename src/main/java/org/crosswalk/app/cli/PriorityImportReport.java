package org.crosswalk.app.cli;

import org.crosswalk.tables.priorities.ImportProblem;
import org.crosswalk.tables.priorities.PriorityImportPreview;

/** The text {@code crosswalk import-priorities} prints: counts, what is new, problems, what was saved. */
final class PriorityImportReport {
    private static final String NL = System.lineSeparator();

    private PriorityImportReport() {
    }

    static String text(PriorityImportPreview preview, String fileName, String workspaceName, boolean dryRun) {
        StringBuilder text = new StringBuilder();
        text.append("Read ").append(preview.source()).append(": ")
                .append(count(preview.themes().size(), "theme", "themes")).append(", ")
                .append(count(preview.newPriorities() + preview.existingPriorities(), "priority", "priorities"))
                .append(", ").append(count(preview.newSubItems() + preview.existingSubItems(), "sub-item", "sub-items"))
                .append('.').append(NL);
        text.append(dryRun ? "Would create: " : "Created: ").append(counts(preview.newThemes(),
                preview.newPriorities(), preview.newSubItems())).append('.').append(NL);
        text.append("Already in the workspace: ").append(counts(preview.existingThemes(),
                preview.existingPriorities(), preview.existingSubItems())).append('.').append(NL);
        for (PriorityImportPreview.Theme theme : preview.themes()) {
            boolean anythingNew = theme.isNew() || theme.priorities().stream().anyMatch(p -> p.isNew()
                    || p.subItems().stream().anyMatch(s -> !s.exists()));
            if (!anythingNew) {
                continue;
            }
            text.append("  ").append(mark(theme.isNew())).append("theme “").append(theme.title()).append('”').append(NL);
            for (PriorityImportPreview.Priority priority : theme.priorities()) {
                text.append("    ").append(mark(priority.isNew())).append("priority “").append(priority.title())
                        .append('”').append(priority.lead().isEmpty() ? "" : " (lead: " + priority.lead() + ")")
                        .append(NL);
                priority.subItems().stream().filter(s -> !s.exists()).forEach(s -> text.append("      + sub-item “")
                        .append(s.text()).append('”').append(NL));
            }
        }
        if (!preview.problems().isEmpty()) {
            text.append("Problems:").append(NL);
            for (ImportProblem problem : preview.problems()) {
                text.append("  ").append(problem.message()).append(NL);
            }
        }
        if (preview.nothingToCreate()) {
            text.append("Everything in “").append(fileName).append("” is already in ").append(workspaceName)
                    .append(": nothing was imported.");
        } else if (dryRun) {
            text.append("Dry run: nothing was saved.");
        } else {
            text.append("Imported into ").append(workspaceName).append(" as one change (Undo in the app removes it).");
        }
        return text.toString();
    }

    /** "+ " for what is created, "= " for what exists already. */
    private static String mark(boolean isNew) {
        return isNew ? "+ " : "= ";
    }

    private static String counts(long themes, long priorities, long subItems) {
        return count(themes, "theme", "themes") + ", " + count(priorities, "priority", "priorities") + ", "
                + count(subItems, "sub-item", "sub-items");
    }

    private static String count(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
