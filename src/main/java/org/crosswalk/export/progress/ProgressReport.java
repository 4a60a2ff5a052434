package org.crosswalk.export.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosswalk.model.ImplementationStatus;

/**
 * The board's follow-up paper: where each priority stands (lead, action, status in words, due
 * date, latest update) theme by theme, the counts by status, what needs the board's attention,
 * and, when a snapshot is chosen, what changed since it. Built by {@link ProgressReportBuilder};
 * every exporter writes the same report, as for the mapping paper.
 *
 * @param asOf  the day the position is given for (overdue is counted against it)
 * @param since null unless a snapshot was chosen to compare with
 */
public record ProgressReport(String title, String board, String meetingDate, String reference, String authors,
                             LocalDate asOf, List<ThemeProgress> themes, Since since) {

    /** "7 December 2026": how the report writes a day. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** What the report says where nobody has reported on a priority. */
    public static final String NOT_REPORTED = "Not reported";
    public static final String SUMMARY = "Summary";
    public static final String ATTENTION = "Needs the board’s attention";
    public static final List<String> COLUMNS = List.of("Priority", "Lead", "Status", "Due", "Action",
            "Latest update");
    /** Each column's share of the page width, in per cent, in the order of {@link #COLUMNS}. */
    public static final List<Integer> COLUMN_PERCENT = List.of(23, 12, 9, 13, 19, 24);

    public ProgressReport {
        themes = List.copyOf(themes);
    }

    /** The same report under another title and meeting date (as the person exporting words them). */
    public ProgressReport titled(String newTitle, String newMeetingDate) {
        return new ProgressReport(newTitle == null || newTitle.isBlank() ? title : newTitle.strip(), board,
                newMeetingDate == null ? "" : newMeetingDate.strip(), reference, authors, asOf, themes, since);
    }

    /** "Position as at 7 December 2026". */
    public String position() {
        return "Position as at " + DAY.format(asOf);
    }

    /** Every row, theme by theme. */
    public List<Row> rows() {
        return themes.stream().flatMap(t -> t.rows().stream()).toList();
    }

    /** How many priorities have each status, in the order of the statuses; "not reported" as null key last. */
    public Map<ImplementationStatus, Integer> counts() {
        Map<ImplementationStatus, Integer> counts = new EnumMap<>(ImplementationStatus.class);
        for (ImplementationStatus status : ImplementationStatus.values()) {
            counts.put(status, 0);
        }
        rows().stream().filter(r -> r.status() != null).forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }

    public int notReported() {
        return (int) rows().stream().filter(r -> r.status() == null).count();
    }

    public int overdue() {
        return (int) rows().stream().filter(Row::overdue).count();
    }

    /** The priorities at risk, off track or overdue, in the paper's order. */
    public List<Row> attention() {
        return rows().stream().filter(Row::needsAttention).toList();
    }

    /**
     * "13 priorities: 2 done, 6 on track, 2 at risk, 1 off track, 1 not started, 1 not reported;
     * 2 overdue." Statuses no priority has are left out.
     */
    public String summaryLine() {
        int total = rows().size();
        List<String> parts = new ArrayList<>();
        Map<ImplementationStatus, Integer> counts = counts();
        for (ImplementationStatus status : ImplementationStatus.values()) {
            if (counts.get(status) > 0) {
                parts.add(counts.get(status) + " " + status.words().toLowerCase(Locale.UK));
            }
        }
        if (notReported() > 0) {
            parts.add(notReported() + " " + NOT_REPORTED.toLowerCase(Locale.UK));
        }
        String line = total + (total == 1 ? " priority" : " priorities") + (parts.isEmpty() ? "" : ": "
                + String.join(", ", parts));
        int overdue = overdue();
        return line + (overdue == 0 ? "; none overdue." : "; " + overdue + " overdue.");
    }

    /** Every piece of text the report holds, for checks over all of it (fonts, for example). */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(title, board, meetingDate, reference, authors, position()));
        for (ThemeProgress theme : themes) {
            texts.add(theme.theme());
            for (Row row : theme.rows()) {
                texts.addAll(Arrays.asList(row.priority(), row.lead(), row.action(), row.update(), row.updatedBy()));
            }
        }
        if (since != null) {
            texts.add(since.snapshot());
            since.changes().forEach(c -> texts.addAll(List.of(c.kind(), c.priority(), c.detail())));
        }
        return texts;
    }

    /** One theme's priorities in the workspace's order. */
    public record ThemeProgress(String theme, List<Row> rows) {
        public ThemeProgress {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A priority's follow-up, with the theme it is under. {@code lead}, {@code action}, {@code update} and {@code updatedBy}
     * are "" when not given; {@code status}, {@code due} and {@code updatedOn} null.
     */
    public record Row(String theme, String priority, String lead, String action, ImplementationStatus status, LocalDate due,
                      boolean overdue, String update, LocalDate updatedOn, String updatedBy) {
        public Row {
            lead = lead == null ? "" : lead;
            action = action == null ? "" : action;
            update = update == null ? "" : update;
            updatedBy = updatedBy == null ? "" : updatedBy;
        }

        /** "On track", or "Not reported". */
        public String statusWords() {
            return status == null ? NOT_REPORTED : status.words();
        }

        /** "31 March 2027", "31 March 2027 (overdue)", or "". */
        public String dueWords() {
            return due == null ? "" : DAY.format(due) + (overdue ? " (overdue)" : "");
        }

        /** "Updated 3 December 2026 by Jane Officer", or "" when never updated. */
        public String updatedWords() {
            if (updatedOn == null) {
                return "";
            }
            return "Updated " + DAY.format(updatedOn) + (updatedBy.isBlank() ? "" : " by " + updatedBy.strip());
        }

        public boolean needsAttention() {
            return overdue || status == ImplementationStatus.AT_RISK || status == ImplementationStatus.OFF_TRACK;
        }
    }

    /** What changed since a snapshot: its name, the day it was taken, and each change in words. */
    public record Since(String snapshot, LocalDate taken, List<Change> changes) {
        public Since {
            changes = List.copyOf(changes);
        }

        /** "Changes since ‘As presented to the HIB on 14 February 2019’ (taken 14 February 2019)". */
        public String heading() {
            return "Changes since ‘" + snapshot + "’ (taken " + DAY.format(taken) + ")";
        }

        /** "2 changes since the snapshot": the changes table's caption. */
        public String caption() {
            return changes.size() + (changes.size() == 1 ? " change" : " changes") + " since the snapshot";
        }
    }

    /** One change: "Progress updated", the priority it concerns, and what changed ("status On track → At risk"). */
    public record Change(String kind, String priority, String detail) {
    }
}
