package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Section;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.search.SearchHit;
import org.crosswalk.search.Suggester;
import org.crosswalk.search.Thesaurus;
import org.crosswalk.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk suggest WORKSPACE --priority TEXT}: the plan paragraphs the suggestions propose
 * for a priority described on the command line (it need not be in the workspace), best first,
 * with the words that matched and why. Opens the workspace read-only and changes nothing.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Suggest plan paragraphs for a priority: its title, sub-items and note are searched in "
                + "the workspace's plans (with the built-in public-health thesaurus), best match first, with the "
                + "words that matched and why.",
                "The priority need not be in the workspace. The workspace is opened read-only and never changed."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class SuggestCommand implements Callable<Integer> {
    static final int DEFAULT_TOP = 10;
    static final int MAX_TOP = 100;
    /** About how many characters of an item's text the plain listing shows. */
    static final int SHOWN_TEXT = 160;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "WORKSPACE", description = "A workspace file (.crosswalk).")
    private Path workspaceFile;

    @Option(names = "--priority", required = true, paramLabel = "TEXT",
            description = "The priority's title, e.g. \"Help people stop smoking\".")
    private String title;

    @Option(names = "--sub", paramLabel = "TEXT", description = "A sub-item of the priority; repeat for each.")
    private List<String> subItems = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "The priority's note.")
    private String note = "";

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + DEFAULT_TOP,
            description = "How many suggestions to show, 1 to " + MAX_TOP + " (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--json", description = "Print the suggestions as a JSON array.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if (top < 1 || top > MAX_TOP) {
            throw new ParameterException(spec.commandLine(), "--top must be a whole number from 1 to " + MAX_TOP
                    + ", not " + top + ".");
        }
        String priority = title.strip();
        if (priority.isEmpty()) {
            throw new CommandFailure("The priority is empty, so there is nothing to suggest paragraphs for. Give its "
                    + "title, e.g. --priority \"Help people stop smoking\".");
        }
        List<String> subs = subItems.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        Suggester.PriorityText text = new Suggester.PriorityText(priority, subs, note == null ? "" : note.strip());

        WorkspaceContent content;
        List<Suggester.Suggestion> found;
        try (Workspace workspace = parent.wiring().files().open(workspaceFile.toAbsolutePath().normalize(), true)) {
            content = workspace.load();
            if (content.plans().isEmpty()) {
                throw new CommandFailure("“" + workspaceFile.getFileName() + "” holds no national plan, so there is "
                        + "nothing to suggest. Add one first, e.g. crosswalk import-plan \"" + workspaceFile
                        + "\" PLAN.pdf.");
            }
            found = new Suggester(workspace, Thesaurus.builtIn()).suggest(text, Set.of(), top);
        }
        List<Row> rows = rows(content, found);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(json(rows)));
        } else if (rows.isEmpty()) {
            out.println("No plan paragraph matches “" + priority + "”" + (subs.isEmpty() && text.note().isEmpty()
                    ? "" : " or its sub-items and note") + " in “" + workspaceFile.getFileName() + "”. Try other "
                    + "words, e.g. those the plan would use.");
        } else {
            print(out, priority, subs.size(), rows);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A suggestion with what a reader needs to find it in the plan. */
    record Row(Suggester.Suggestion suggestion, String citation, String plan, String number, Integer page,
               String section, String chapter, String text, List<String> matched) {
    }

    static List<Row> rows(WorkspaceContent content, List<Suggester.Suggestion> found) {
        Map<UUID, PlanItem> items = content.itemsById();
        Set<UUID> numberedPlans = new HashSet<>();
        content.items().stream().filter(PlanItem::hasNumber).forEach(i -> numberedPlans.add(i.planId()));
        List<Row> rows = new ArrayList<>();
        for (Suggester.Suggestion suggestion : found) {
            PlanItem item = items.get(suggestion.itemId());
            Plan plan = item == null ? null : content.plan(item.planId()).orElse(null);
            if (plan == null) {
                continue;
            }
            String section = item.sectionId() == null ? null
                    : content.section(item.sectionId()).map(Section::title).orElse(null);
            String chapter = content.chapter(item.chapterId()).map(c -> (c.number() == null || c.number().isBlank()
                    ? "" : "chapter " + c.number() + ", ") + c.title()).orElse(null);
            rows.add(new Row(suggestion, citation(plan, item, section, numberedPlans.contains(plan.id())),
                    plan.label(), item.hasNumber() ? item.number() : null, item.page(), section, chapter, item.text(),
                    distinctIgnoringCase(suggestion.matched())));
        }
        return rows;
    }

    /**
     * As a board paper cites it (export's PaperBuilder): "NHS LTP 2.9"; an item of a plan that numbers
     * no paragraphs by its section heading, "10YHP, “Neighbourhood health”"; unnumbered text of a
     * numbered plan by the label alone (the page follows). Other kinds than paragraphs are named:
     * "NHS LTP, commitment".
     */
    static String citation(Plan plan, PlanItem item, String section, boolean planIsNumbered) {
        String kind = item.kind() == ItemKind.PARAGRAPH ? "" : ", " + item.kind().displayName().toLowerCase(Locale.ROOT);
        if (item.hasNumber()) {
            return plan.label() + " " + item.number() + kind;
        }
        if (section == null || planIsNumbered) {
            return plan.label() + kind;
        }
        return plan.label() + ", “" + section + "”" + kind;
    }

    private static void print(PrintWriter out, String priority, int subs, List<Row> rows) {
        out.println("Plan paragraphs for “" + priority + "”" + (subs == 0 ? "" : " (with " + subs + " sub-item"
                + (subs == 1 ? "" : "s") + ")") + ", best first; matched words in [brackets]:");
        int width = Integer.toString(rows.size()).length();
        String indent = " ".repeat(width + 2);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            StringBuilder head = new StringBuilder();
            head.append(String.format(Locale.ROOT, "%" + width + "d. %s", i + 1, row.citation()));
            if (row.page() != null) {
                head.append(", p. ").append(row.page());
            }
            if (row.section() == null) {
                // Directly under its chapter: the chapter says where.
                if (row.chapter() != null) {
                    head.append(" — ").append(row.chapter());
                }
            } else if (!row.citation().contains("“" + row.section() + "”")) {
                head.append(" — ").append(row.section());
            }
            head.append(String.format(Locale.ROOT, "  (score %.2f)", row.suggestion().score()));
            out.println();
            out.println(head);
            out.println(indent + shortened(row.suggestion().snippet(), SHOWN_TEXT));
            List<String> why = row.suggestion().reasons().isEmpty() ? row.matched() : row.suggestion().reasons();
            out.println(indent + "matched: " + String.join("; ", why));
        }
    }

    private static ArrayNode json(List<Row> rows) {
        ArrayNode array = JSON.createArrayNode();
        for (Row row : rows) {
            ObjectNode node = array.addObject();
            node.put("plan", row.plan());
            node.put("number", row.number());
            node.put("page", row.page());
            node.put("section", row.section());
            node.put("text", row.text());
            node.put("score", row.suggestion().score());
            ArrayNode matched = node.putArray("matched");
            row.matched().forEach(matched::add);
            ArrayNode reasons = node.putArray("reasons");
            row.suggestion().reasons().forEach(reasons::add);
        }
        return array;
    }

    private static List<String> distinctIgnoringCase(List<String> words) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String word : words) {
            seen.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
        }
        return List.copyOf(seen.values());
    }

    /**
     * A snippet (matches between {@link SearchHit#MATCH_START} and {@link SearchHit#MATCH_END}) as one
     * line of about {@code limit} characters, matched words in [brackets], cut at word boundaries
     * where it shows the most matches, cut ends marked "…".
     */
    static String shortened(String snippet, int limit) {
        StringBuilder plain = new StringBuilder();
        List<int[]> matches = new ArrayList<>();
        for (SearchHit.Segment segment : hit(snippet).segments()) {
            String text = segment.text().replaceAll("\\s+", " ");
            if (segment.match()) {
                int[] last = matches.isEmpty() ? null : matches.get(matches.size() - 1);
                if (last != null && plain.substring(last[1]).matches("[ -]*")) {
                    last[1] = plain.length() + text.length(); // "[smoke-free]", not "[smoke]-[free]"
                } else {
                    matches.add(new int[] {plain.length(), plain.length() + text.length()});
                }
            }
            plain.append(text);
        }
        String text = plain.toString();
        int start = 0;
        int end = text.length();
        if (end > limit) {
            start = windowStart(text, matches, limit);
            end = Math.min(text.length(), start + limit);
            if (end < text.length()) {
                int space = text.lastIndexOf(' ', end);
                end = space > start ? space : end;
                for (int[] match : matches) {
                    if (match[0] < end && match[1] > end) {
                        end = match[1];
                    }
                }
            }
        }
        StringBuilder shown = new StringBuilder();
        if (start > 0) {
            shown.append('…');
        }
        for (int i = start; i < end; i++) {
            for (int[] match : matches) {
                if (match[0] == i) {
                    shown.append('[');
                }
            }
            shown.append(text.charAt(i));
            for (int[] match : matches) {
                if (match[1] == i + 1) {
                    shown.append(']');
                }
            }
        }
        String result = shown.toString().strip();
        if (end < text.length()) {
            result = result.replaceAll("[\\s,;:.…]+$", "") + "…";
        }
        return result;
    }

    /**
     * Where a window of {@code limit} characters shows the most matches: the text's beginning, or the
     * beginning of a word a little before one of the matches; the earliest of equals.
     */
    private static int windowStart(String text, List<int[]> matches, int limit) {
        int best = 0;
        int bestCount = -1;
        List<Integer> candidates = new ArrayList<>();
        candidates.add(0);
        for (int[] match : matches) {
            int space = text.lastIndexOf(' ', Math.max(0, match[0] - 30));
            candidates.add(space < 0 ? 0 : space + 1);
        }
        for (int start : candidates) {
            int count = 0;
            for (int[] match : matches) {
                if (match[0] >= start && match[1] <= start + limit) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = start;
                bestCount = count;
            }
        }
        return best;
    }

    private static SearchHit hit(String snippet) {
        UUID none = new UUID(0, 0);
        return new SearchHit(none, none, none, null, 0, snippet);
    }
}
