package org.crosswalk.export.sheets;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.export.Paper;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.catalogue.SeedTable;

/** What the XLSX and CSV of the sample must hold, and a paper built to try formula injection. */
public final class SheetExpectations {
    private SheetExpectations() {
    }

    /** The header row. */
    public static List<String> header() {
        return SpreadsheetRows.columns().stream().map(SpreadsheetRows.Column::header).toList();
    }

    /**
     * The sample's rows, cell by cell as text (page as digits, empty cells ""), from the seed
     * table transcription: the numbered paragraphs and pages, the seed's no-mention wording, and
     * each quote exactly the text of the cited plan item.
     */
    public static List<List<String>> sampleRows(WorkspaceContent content) {
        Plan plan = content.plans().get(0);
        List<List<String>> rows = new ArrayList<>();
        for (SeedTable.Group group : SeedTable.TABLE) {
            for (SeedTable.Row row : group.rows()) {
                String subItems = String.join("\n", row.subItems().stream().map(s -> s.replace("|", " ")).toList());
                if (row.noMention() != null) {
                    rows.add(List.of(group.theme(), row.priority(), subItems, "No mention", "", "", "", "", "", "", "",
                            "", row.noMention(), "", ""));
                    continue;
                }
                for (SeedTable.Cite cite : row.cites()) {
                    PlanItem item = item(content, plan, cite);
                    rows.add(List.of(group.theme(), row.priority(), subItems, "Linked", plan.title(), plan.label(),
                            cite.number() == null ? "" : cite.number() + ".", Integer.toString(cite.page()),
                            item.text(), "no", "Direct", "", "", "", ""));
                }
            }
        }
        return rows;
    }

    private static PlanItem item(WorkspaceContent content, Plan plan, SeedTable.Cite cite) {
        return content.items().stream()
                .filter(i -> i.planId().equals(plan.id()) && i.page() != null && i.page() == cite.page())
                .filter(i -> cite.number() != null ? cite.number().equals(i.number())
                        : !i.hasNumber() && i.text().startsWith(cite.start()))
                .findFirst().orElseThrow(() -> new AssertionError("No plan item for " + cite));
    }

    /** Values that a spreadsheet would run as formulas, and what each must become. */
    public static final List<String> RISKY = List.of("=HYPERLINK(\"http://x\")", "+44 1865 000000", "-5",
            "@SUM(A1)", "\tTabbed note", "\rCarriage return note", "=1+1", "'=already quoted");

    /**
     * A hand-made paper whose theme, priority, sub-items, quote, notes, lead and no-mention wording
     * start with the risky characters, plus text with commas, quotes, line breaks, "£" and "–".
     */
    public static Paper riskyPaper() {
        Paper.Quote quote = new Paper.Quote("Plan, “quoted”", "-LTP", "2.10", 37,
                "-2 per cent a year, \"real terms\" – £20.5 billion\nsecond line", true, "(LTP p. 37)", "Direct",
                "+ see the annex");
        Paper.Quote second = new Paper.Quote("Plan, “quoted”", "-LTP", null, null, "@mention the plan", false,
                "(LTP)", "Partial", "\tindented note");
        Paper.PriorityRow linked = new Paper.PriorityRow("=HYPERLINK(\"http://x\")",
                List.of("-5", "@SUM(A1)", "plain, with comma"), "\rstarts with CR", List.of(quote, second), null,
                "+Lead officer");
        Paper.PriorityRow none = new Paper.PriorityRow("+44 1865 000000", List.of(), "'=already quoted", List.of(),
                "=1+1");
        Paper.PriorityRow unmapped = new Paper.PriorityRow("Costs £5 – maybe, \"more\"", List.of(), "", List.of(),
                null, "Housing lead");
        return new Paper("=cmd|' /C calc'!A0", "@Board", "", "-1", "+Author", List.of(), List.of(), "HIB Priority",
                "Plan", true, List.of(new Paper.ThemeTable("-Theme", List.of(linked, none, unmapped)),
                new Paper.ThemeTable("Empty theme", List.of())),
                null, null, List.of(new Paper.Source("Plan, “quoted”", "2019", "NHS", "© Crown copyright")));
    }

    /** The rows of {@link #riskyPaper()} as both formats must write them (neutralised). */
    public static List<List<String>> riskyRows() {
        String plan = "Plan, “quoted”";
        String subs = "'-5\n@SUM(A1)\nplain, with comma";
        return List.of(
                List.of("'-Theme", "'=HYPERLINK(\"http://x\")", subs, "Linked", plan, "'-LTP", "2.10.", "37",
                        "'-2 per cent a year, \"real terms\" – £20.5 billion\nsecond line", "yes", "Direct",
                        "'+ see the annex", "", "'\rstarts with CR", "'+Lead officer"),
                List.of("'-Theme", "'=HYPERLINK(\"http://x\")", subs, "Linked", plan, "'-LTP", "", "",
                        "'@mention the plan", "no", "Partial", "'\tindented note", "", "'\rstarts with CR",
                        "'+Lead officer"),
                List.of("'-Theme", "'+44 1865 000000", "", "No mention", "", "", "", "", "", "", "", "", "'=1+1",
                        "''=already quoted", ""),
                List.of("'-Theme", "Costs £5 – maybe, \"more\"", "", "Not mapped", "", "", "", "", "", "", "", "", "",
                        "", "Housing lead"),
                List.of("Empty theme", "", "", "", "", "", "", "", "", "", "", "", "", "", ""));
    }
}
