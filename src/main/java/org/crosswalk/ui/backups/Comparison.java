package org.crosswalk.ui.backups;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.backup.BackupSummary;

/** What a backup holds next to what the workspace holds now, in words. */
final class Comparison {
    private Comparison() {
    }

    static String describe(BackupRow row, WorkspaceContent now) {
        BackupSummary backup = row.summary();
        if (backup == null) {
            return "This backup cannot be read; it may be damaged. Choose another one.";
        }
        StringBuilder text = new StringBuilder("This backup (" + row.when() + ", " + row.backup().reason().label()
                + ") holds " + backup.counts() + ".");
        if (!backup.lastChange().isEmpty()) {
            text.append("\nIts last change was made on ").append(row.local(backup.lastChange())).append('.');
        }
        if (now != null) {
            int themes = now.themes().size();
            int priorities = now.priorities().size();
            int links = now.links().size();
            text.append("\n\nThe workspace now holds ").append(new BackupSummary("", themes, priorities, links, "")
                    .counts()).append('.');
            List<String> changes = new ArrayList<>();
            change(changes, "themes", themes, backup.themes());
            change(changes, "priorities", priorities, backup.priorities());
            change(changes, "links", links, backup.links());
            text.append(changes.isEmpty() ? "\nRestoring it keeps the same counts (wording may still differ)."
                    : "\nRestoring it changes " + String.join(", ", changes) + ".");
        }
        return text.toString();
    }

    private static void change(List<String> changes, String what, int now, int then) {
        if (now != then) {
            changes.add(what + " " + now + " → " + then);
        }
    }
}
