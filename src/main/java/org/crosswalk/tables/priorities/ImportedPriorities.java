package org.crosswalk.tables.priorities;

import java.util.List;

/**
 * The themes, priorities and sub-items a file holds, as read (nothing compared with a workspace
 * yet), and what could not be read.
 *
 * @param source   the table or document, for messages ("Sheet “Priorities” of plan.xlsx")
 * @param themes   in file order; a wording that comes twice is one theme (or priority, or sub-item)
 * @param problems rows or paragraphs left out, and why
 */
public record ImportedPriorities(String source, List<Theme> themes, List<ImportProblem> problems) {
    public ImportedPriorities {
        themes = List.copyOf(themes);
        problems = List.copyOf(problems);
    }

    public record Theme(String title, List<Priority> priorities) {
        public Theme {
            priorities = List.copyOf(priorities);
        }
    }

    /** @param line where the priority first appears (row or paragraph number) */
    public record Priority(String title, List<String> subItems, String note, String lead, int line) {
        public Priority {
            subItems = List.copyOf(subItems);
        }
    }

    public int priorityCount() {
        return themes.stream().mapToInt(t -> t.priorities().size()).sum();
    }
}
