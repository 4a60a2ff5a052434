package org.crosswalk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.Section;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.PaperEdits;
import org.crosswalk.store.edit.PlanEdits;
import org.crosswalk.store.edit.PlannedEdit;
import org.crosswalk.store.edit.RowChange;
import org.crosswalk.store.edit.Tables;

/**
 * A large, made-up workspace for the export benchmark, the same for the same seed: the built-in
 * NHS Long Term Plan plus a generated plan of 8 chapters × 5 sections × 10 numbered paragraphs
 * (400 items of 60–160 words), and 10 themes × 20 priorities, each with 5 links (1,000 links) to
 * items of both plans, some sub-items, excerpts, notes and relevances. Paper settings ask for
 * every optional section, so the exporters write everything they can.
 *
 * <pre>java -cp TEST_CLASSPATH org.crosswalk.bench.LargeWorkspace OUT.crosswalk [SEED]</pre>
 */
public final class LargeWorkspace {
    public static final int THEMES = 10;
    public static final int PRIORITIES_PER_THEME = 20;
    public static final int LINKS_PER_PRIORITY = 5;
    public static final long DEFAULT_SEED = 20190107L;

    private static final String[] WORDS = ("the NHS will local health care services people patients support "
            + "community primary mental prevention access new by 2023/24 funding £4.5 billion workforce digital "
            + "integrated systems partnership outcomes children young adults older carers hospital "
            + "emergency cancer diagnosis screening treatment programme national every area plan improve reduce "
            + "increase expand ensure deliver commission specialist networks population inequalities deprived "
            + "housing employment smoking obesity alcohol diabetes cardiovascular respiratory maternity "
            + "neonatal staff training capacity waiting times quality safety personalised social prescribing "
            + "link workers voluntary sector councils public health England – with and for to of in on a as "
            + "from through across over within that this these all more than per cent 2028/29 years").split(" ");

    private LargeWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Usage: LargeWorkspace OUT.crosswalk [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        create(out, args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED);
        System.out.println("Wrote " + out);
    }

    /** Writes the workspace to {@code file} (replacing it). */
    public static void create(Path file, long seed) throws Exception {
        Random random = new Random(seed);
        WorkspaceFiles files = new WorkspaceFiles(() -> "Benchmark", Clock.systemUTC());
        try (Workspace workspace = files.create(file, "Benchmark Health and Wellbeing Board",
                "Benchmark Health and Wellbeing Board – generated mapping")) {
            PlanContent ltp = new PlanCatalogue().load(PlanCatalogue.NHS_LONG_TERM_PLAN);
            PlanContent generated = generatedPlan(random);
            workspace.history().execute(PlanEdits.addPlan(ltp));
            workspace.history().execute(PlanEdits.addPlan(generated));
            UUID boardId = workspace.load().board().id();
            workspace.history().execute(outline(random, boardId, ltp.items(), generated.items()));
            workspace.history().execute(PaperEdits.save(new PaperSettings("Local priorities and the national plans",
                    "", "1 April 2026", "HWB7", "Benchmark author",
                    "This paper maps the board's priorities to the paragraphs of two national plans.\n\n"
                            + "It is generated for the export benchmark.",
                    "The board is asked to note the mapping.", "", "", "", PaperSettings.QuoteMode.EXCERPT_WHERE_SET,
                    true, true, true)));
        }
    }

    static PlanContent generatedPlan(Random random) {
        UUID planId = uuid(random);
        Plan plan = new Plan(planId, "Generated Regional Health Plan", "GRHP", "Benchmark edition", "2026-01-01",
                "Crosswalk benchmark", "generated", "Generated text for benchmarking; not a real plan.");
        List<Chapter> chapters = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<PlanItem> items = new ArrayList<>();
        int page = 9;
        for (int c = 1; c <= 8; c++) {
            Chapter chapter = new Chapter(uuid(random), planId, Integer.toString(c), capitalised(words(random, 6)),
                    chapters.size());
            chapters.add(chapter);
            int paragraph = 1;
            for (int s = 0; s < 5; s++) {
                Section section = new Section(uuid(random), chapter.id(), capitalised(words(random, 4)),
                        sections.size());
                sections.add(section);
                for (int i = 0; i < 10; i++) {
                    if (random.nextInt(3) == 0) {
                        page++;
                    }
                    items.add(new PlanItem(uuid(random), planId, chapter.id(), section.id(), c + "." + paragraph++,
                            page, ItemKind.PARAGRAPH, capitalised(words(random, 60 + random.nextInt(101))) + ".",
                            null, items.size()));
                }
            }
        }
        return new PlanContent(plan, chapters, sections, items);
    }

    private static Edit outline(Random random, UUID boardId, List<PlanItem> ltp, List<PlanItem> generated) {
        return context -> {
            List<RowChange> changes = new ArrayList<>();
            for (int t = 0; t < THEMES; t++) {
                UUID themeId = uuid(random);
                changes.add(context.insert(Tables.THEME, themeId, Map.of("board_id", boardId.toString(),
                        "title", "Theme " + (t + 1) + ": " + capitalised(words(random, 3)), "position", t)));
                for (int p = 0; p < PRIORITIES_PER_THEME; p++) {
                    UUID priorityId = uuid(random);
                    Map<String, Object> row = new HashMap<>();
                    row.put("theme_id", themeId.toString());
                    row.put("title", capitalised(words(random, 3 + random.nextInt(8))));
                    row.put("note", random.nextInt(4) == 0 ? capitalised(words(random, 12)) + "." : "");
                    row.put("position", p);
                    changes.add(context.insert(Tables.PRIORITY, priorityId, row));
                    int subItems = random.nextInt(4);
                    for (int s = 0; s < subItems; s++) {
                        changes.add(context.insert(Tables.SUB_ITEM, uuid(random), Map.of("priority_id",
                                priorityId.toString(), "text", capitalised(words(random, 4 + random.nextInt(10))),
                                "position", s)));
                    }
                    Set<PlanItem> linked = new LinkedHashSet<>();
                    while (linked.size() < LINKS_PER_PRIORITY) {
                        List<PlanItem> from = random.nextInt(5) < 2 ? ltp : generated;
                        linked.add(from.get(random.nextInt(from.size())));
                    }
                    int position = 0;
                    for (PlanItem item : linked) {
                        Map<String, Object> link = new HashMap<>();
                        link.put("priority_id", priorityId.toString());
                        link.put("plan_item_id", item.id().toString());
                        link.put("excerpt", random.nextInt(5) == 0 ? excerpt(random, item.text()) : null);
                        link.put("relevance", Relevance.values()[random.nextInt(3)].code());
                        link.put("note", random.nextInt(6) == 0 ? capitalised(words(random, 8)) + "." : "");
                        link.put("position", position++);
                        changes.add(context.insert(Tables.LINK, uuid(random), link));
                    }
                }
            }
            return new PlannedEdit("Generate the benchmark table", changes);
        };
    }

    /** A verbatim run of whole words from {@code text}, about a third of it. */
    private static String excerpt(Random random, String text) {
        String[] words = text.split(" ");
        int length = Math.max(5, words.length / 3);
        int start = random.nextInt(Math.max(1, words.length - length));
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, Math.min(words.length, start + length)));
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(i % 17 == 0 ? ", " : " ");
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static UUID uuid(Random random) {
        return new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
                (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
    }
}
