package org.crosswalk.tables.priorities;

import java.util.List;
import java.util.UUID;

/**
 * What importing would do to a workspace: for each theme, priority and sub-item of the file,
 * whether it will be created or is there already (same wording, case and spacing aside), and
 * the problems found while reading. Existing priorities keep their note and lead; only their
 * new sub-items are added.
 *
 * @param source   the table or document read
 * @param boardId  the workspace's board, which new themes belong to
 * @param themes   in file order
 * @param problems rows or paragraphs left out, and why
 */
public record PriorityImportPreview(String source, UUID boardId, List<Theme> themes, List<ImportProblem> problems) {
    public PriorityImportPreview {
        themes = List.copyOf(themes);
        problems = List.copyOf(problems);
    }

    /** @param existingId the workspace's theme of this wording, or null when it will be created */
    public record Theme(String title, UUID existingId, List<Priority> priorities) {
        public Theme {
            priorities = List.copyOf(priorities);
        }

        public boolean isNew() {
            return existingId == null;
        }
    }

    /**
     * @param existingId the workspace's priority of this wording (in any theme), or null when new
     * @param line       where it first appears in the file
     */
    public record Priority(String title, UUID existingId, String note, String lead, List<SubItem> subItems,
                           int line) {
        public Priority {
            subItems = List.copyOf(subItems);
        }

        public boolean isNew() {
            return existingId == null;
        }
    }

    public record SubItem(String text, boolean exists) {
    }

    public long newThemes() {
        return themes.stream().filter(Theme::isNew).count();
    }

    public long existingThemes() {
        return themes.size() - newThemes();
    }

    public long newPriorities() {
        return priorities().filter(Priority::isNew).count();
    }

    public long existingPriorities() {
        return priorities().count() - newPriorities();
    }

    public long newSubItems() {
        return priorities().flatMap(p -> p.subItems().stream()).filter(s -> !s.exists()).count();
    }

    public long existingSubItems() {
        return priorities().flatMap(p -> p.subItems().stream()).filter(SubItem::exists).count();
    }

    /** True when importing would change nothing: everything is in the workspace already. */
    public boolean nothingToCreate() {
        return newThemes() == 0 && newPriorities() == 0 && newSubItems() == 0;
    }

    private java.util.stream.Stream<Priority> priorities() {
        return themes.stream().flatMap(t -> t.priorities().stream());
    }
}
