package org.crosswalk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.search.LinkDrafts;
import org.crosswalk.search.PlanSearch;
import org.crosswalk.search.SearchQuery;
import org.crosswalk.search.Suggester;
import org.crosswalk.search.Thesaurus;
import org.crosswalk.store.SuggestionDismissals;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.PlannedEdit;
import org.crosswalk.store.edit.RowChange;
import org.crosswalk.store.edit.Tables;

/**
 * Suggestion benchmark: {@link Suggester#suggest} (top 10) for 30 priorities written the way a
 * board writes them (a title with one to three sub-items; none taken from the sample), against the
 * 20,000-item workspace of {@link SearchBenchmark}, and in the same run the baseline: a plain
 * {@link PlanSearch} query of one word of the same priority over the same index. Measured, never
 * asserted. Each suggestion is also timed with a new {@link Suggester}, which knows no term
 * statistics yet (what {@code crosswalk suggest}, one priority per process, pays).
 *
 * <pre>
 * java -cp TEST_CLASSPATH org.crosswalk.bench.SuggestBenchmark [--workspace FILE] [--rounds 10] [--draft-runs 5]
 *     [--out DIR]
 * </pre>
 * Then "Draft links for all priorities": {@link LinkDrafts#draft} over the workspace's 100 priorities
 * without links, {@code --draft-runs} times after one unmeasured run, and in the same run 100 plain
 * {@code suggest} calls one after the other.
 * Without --workspace, one is generated in --out (default: a temporary folder): the 20,000 plan
 * items of {@link SearchBenchmark#create} and 100 priorities without links in 10 themes (the 30
 * below; their titles alone; their sub-items as priorities of their own). Prints a table and lines
 * {@code SUGGEST_RESULT kind=per_priority n=... suggest_median_ms=... suggest_p95_ms=...
 * baseline_median_ms=... baseline_p95_ms=...} and {@code SUGGEST_RESULT kind=draft_all priorities=...
 * runs=... draft_median_ms=... draft_max_ms=... sequential_median_ms=...} for scripts.
 */
public final class SuggestBenchmark {
    public static final int TOP = 10;
    public static final int PRIORITIES = 100;
    /** Drafts per priority for "Draft links for all priorities", as LinkDraftsTest asks. */
    public static final int DRAFTS_PER_PRIORITY = 5;

    /** A priority as a board might word it, and one of its words for the baseline search. */
    record Wording(String title, List<String> subItems, String baselineWord) {
        Suggester.PriorityText text() {
            return new Suggester.PriorityText(title, subItems, "");
        }
    }

    /** Thirty priorities in a board's words, none from the sample workspace. */
    static final List<Wording> WORDINGS = List.of(
            new Wording("Cut the number of adults who smoke", List.of("Stop smoking support in GP surgeries",
                    "Smoke-free homes and cars"), "smoking"),
            new Wording("Halve childhood obesity by 2030", List.of("Healthy school meals", "Active travel to school"),
                    "obesity"),
            new Wording("Support people to drink less", List.of("Brief advice when people come to A&E"), "alcohol"),
            new Wording("Improve the mental health of young people", List.of("Counselling in schools and colleges",
                    "Shorter waits for CAMHS"), "mental"),
            new Wording("Reduce suicide and self-harm", List.of("Support for people bereaved by suicide"), "suicide"),
            new Wording("Increase uptake of childhood vaccinations", List.of("MMR catch-up clinics",
                    "Flu vaccine for two and three year olds"), "vaccination"),
            new Wording("Diagnose cancer earlier", List.of("Bowel screening uptake", "Rapid diagnostic centres"),
                    "cancer"),
            new Wording("Prevent type 2 diabetes", List.of("Referrals to the diabetes prevention programme"),
                    "diabetes"),
            new Wording("Fewer heart attacks and strokes", List.of("Blood pressure checks in pharmacies",
                    "Cholesterol testing", "Atrial fibrillation detection"), "stroke"),
            new Wording("Support unpaid carers", List.of("Breaks for carers", "Identifying young carers"), "carers"),
            new Wording("Tackle loneliness and isolation in later life", List.of("Befriending schemes"), "isolation"),
            new Wording("Keep frail older people independent at home", List.of("Falls prevention",
                    "Reablement after a hospital stay"), "frailty"),
            new Wording("A healthy pregnancy and a good start in life", List.of("Stopping smoking in pregnancy",
                    "Breastfeeding support", "Perinatal mental health"), "maternity"),
            new Wording("Narrow the gap in life expectancy between our richest and poorest areas",
                    List.of("Targeted support in deprived wards"), "inequalities"),
            new Wording("Cleaner air around schools", List.of("Anti-idling zones"), "air"),
            new Wording("Warm, safe and affordable homes", List.of("Damp and mould in rented homes", "Fuel poverty"),
                    "housing"),
            new Wording("End rough sleeping", List.of("Health care for people who are homeless"), "homeless"),
            new Wording("Reduce drug-related deaths", List.of("Naloxone for people who use opioids",
                    "Treatment for heroin and crack users"), "drug"),
            new Wording("Better health for people with learning disabilities", List.of("Annual health checks",
                    "Reasonable adjustments in hospital"), "learning"),
            new Wording("Physical health of people with severe mental illness",
                    List.of("Health checks for people with SMI"), "physical"),
            new Wording("Help people manage their own long-term conditions", List.of("Self-management courses",
                    "Personal health budgets"), "personalised"),
            new Wording("Good care at the end of life", List.of("Advance care planning",
                    "Dying at home when that is the wish"), "palliative"),
            new Wording("Dementia-friendly communities", List.of("Earlier diagnosis of dementia",
                    "Support for families after a diagnosis"), "dementia"),
            new Wording("Get everyone moving more every day", List.of("Exercise on prescription",
                    "Parks and green spaces", "Safe routes to walk"), "exercise"),
            new Wording("Good sexual health", List.of("Access to contraception", "HIV testing"), "sexual"),
            new Wording("Help people into good work", List.of("Employment support for people with mental health "
                    + "problems", "Healthy workplaces"), "employment"),
            new Wording("Shorter waits for talking therapies", List.of("IAPT for people with long-term conditions"),
                    "therapies"),
            new Wording("Improve children's oral health", List.of("Supervised toothbrushing in nurseries"), "dental"),
            new Wording("Protect people from infectious disease", List.of("Antimicrobial resistance",
                    "Hepatitis C elimination"), "infection"),
            new Wording("Reduce serious violence among young people", List.of("Violence reduction in emergency "
                    + "departments", "Knife crime prevention"), "violence"));

    private SuggestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workspaceFile = null;
        Path out = null;
        int rounds = 10;
        int draftRuns = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workspace" -> workspaceFile = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--draft-runs" -> draftRuns = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            out = Files.createTempDirectory("crosswalk-suggest-bench");
        }
        Files.createDirectories(out);
        if (workspaceFile == null) {
            workspaceFile = out.resolve("suggest-20000.crosswalk");
            long t = System.nanoTime();
            create(workspaceFile, SearchBenchmark.DEFAULT_SEED);
            System.out.printf(Locale.ROOT, "Generated %s: %d plan items and %d priorities without links, %.1f MB, "
                            + "in %.1f s%n", workspaceFile.getFileName(), SearchBenchmark.ITEMS, PRIORITIES,
                    Files.size(workspaceFile) / 1048576.0, (System.nanoTime() - t) / 1e9);
        }

        try (Workspace workspace = new WorkspaceFiles(() -> "Benchmark", Clock.systemUTC()).open(workspaceFile,
                false)) {
            long load = System.nanoTime();
            WorkspaceContent content = workspace.load();
            System.out.printf(Locale.ROOT, "Loading the workspace (%d items, %d priorities): %.0f ms%n",
                    content.items().size(), content.priorities().size(), (System.nanoTime() - load) / 1e6);
            Thesaurus thesaurus = Thesaurus.builtIn();
            Suggester suggester = new Suggester(workspace, thesaurus);
            PlanSearch search = new PlanSearch(workspace);
            long first = System.nanoTime();
            int firstFound = suggester.suggest(WORDINGS.get(0).text(), Set.of(), TOP).size();
            System.out.printf(Locale.ROOT, "First suggest in this JVM (\"%s\", %d suggestions): %.1f ms%n",
                    WORDINGS.get(0).title(), firstFound, (System.nanoTime() - first) / 1e6);

            List<Double> suggestTimes = new ArrayList<>();
            List<Double> baselineTimes = new ArrayList<>();
            List<Double> freshTimes = new ArrayList<>();
            Map<Wording, List<Double>> perWording = new LinkedHashMap<>();
            Map<Wording, Integer> found = new HashMap<>();
            for (int round = -2; round < rounds; round++) { // two rounds to warm up, not counted
                for (Wording wording : WORDINGS) {
                    long t0 = System.nanoTime();
                    int suggestions = suggester.suggest(wording.text(), Set.of(), TOP).size();
                    double suggestMs = (System.nanoTime() - t0) / 1e6;
                    long t1 = System.nanoTime();
                    search.search(SearchQuery.of(wording.baselineWord()));
                    double baselineMs = (System.nanoTime() - t1) / 1e6;
                    // A Suggester that knows no term statistics yet, as `crosswalk suggest` has.
                    long t2 = System.nanoTime();
                    new Suggester(workspace, thesaurus).suggest(wording.text(), Set.of(), TOP);
                    double freshMs = (System.nanoTime() - t2) / 1e6;
                    if (round >= 0) {
                        suggestTimes.add(suggestMs);
                        baselineTimes.add(baselineMs);
                        freshTimes.add(freshMs);
                        perWording.computeIfAbsent(wording, k -> new ArrayList<>()).add(suggestMs);
                        found.put(wording, suggestions);
                    }
                }
            }
            double[] s = SearchBenchmark.stats(suggestTimes);
            double[] b = SearchBenchmark.stats(baselineTimes);
            double[] f = SearchBenchmark.stats(freshTimes);
            System.out.printf(Locale.ROOT, "%d priorities × %d rounds, Suggester.suggest top %d; baseline: "
                    + "PlanSearch.search of one word of the priority (50 hits).%n", WORDINGS.size(), rounds, TOP);
            System.out.printf(Locale.ROOT, "%-22s %6s %10s %10s%n", "", "n", "median", "p95");
            System.out.printf(Locale.ROOT, "%-22s %6d %10.2f %10.2f%n", "Suggester.suggest", suggestTimes.size(),
                    s[0], s[1]);
            System.out.printf(Locale.ROOT, "%-22s %6d %10.2f %10.2f%n", "  new Suggester each", freshTimes.size(),
                    f[0], f[1]);
            System.out.printf(Locale.ROOT, "%-22s %6d %10.2f %10.2f%n", "PlanSearch (1 word)", baselineTimes.size(),
                    b[0], b[1]);
            System.out.println();
            System.out.println("Slowest priorities (median ms of Suggester.suggest; suggestions):");
            perWording.entrySet().stream()
                    .sorted(Comparator.comparingDouble(
                            (Map.Entry<Wording, List<Double>> e) -> -SearchBenchmark.stats(e.getValue())[0]))
                    .limit(5)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %-60.60s %7.2f  %d%n", "\"" + e.getKey().title()
                            + "\" + " + e.getKey().subItems().size() + " sub-items",
                            SearchBenchmark.stats(e.getValue())[0], found.get(e.getKey())));
            System.out.println();
            System.out.printf(Locale.ROOT, "SUGGEST_RESULT kind=per_priority n=%d suggest_median_ms=%.2f "
                    + "suggest_p95_ms=%.2f fresh_median_ms=%.2f fresh_p95_ms=%.2f baseline_median_ms=%.2f "
                    + "baseline_p95_ms=%.2f%n", suggestTimes.size(), s[0], s[1], f[0], f[1], b[0], b[1]);
            System.out.println();
            draftAll(workspace, content, suggester, thesaurus, draftRuns);
        }
    }

    /**
     * "Draft links for all priorities" as the app asks for it, the workspace already loaded: the
     * dismissals read from the file and {@link LinkDrafts#draft} for every priority without links,
     * {@link #DRAFTS_PER_PRIORITY} each; and, alternating with it in the same run, 100 plain
     * {@code suggest(top 10)} calls one after the other for the same priorities; then the draft again
     * with a new {@link Suggester}, which has no term statistics yet (the first draft of a session).
     */
    private static void draftAll(Workspace workspace, WorkspaceContent content, Suggester suggester,
                                 Thesaurus thesaurus, int runs) throws Exception {
        List<Priority> undecided = LinkDrafts.undecided(content);
        List<Suggester.PriorityText> texts = undecided.stream().map(p -> Suggester.PriorityText.of(content, p))
                .toList();
        List<Double> draftTimes = new ArrayList<>();
        List<Double> freshDraftTimes = new ArrayList<>();
        List<Double> sequentialTimes = new ArrayList<>();
        int drafts = 0;
        for (int run = -1; run < runs; run++) { // one run to warm up, not counted
            long t0 = System.nanoTime();
            Map<UUID, Set<UUID>> dismissed = SuggestionDismissals.all(workspace);
            drafts = LinkDrafts.draft(content, suggester, dismissed, DRAFTS_PER_PRIORITY).size();
            double draftMs = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            for (Suggester.PriorityText text : texts) {
                suggester.suggest(text, Set.of(), TOP);
            }
            double sequentialMs = (System.nanoTime() - t1) / 1e6;
            // The first "Draft links for all priorities" of a new Suggester: no term statistics known yet.
            long t2 = System.nanoTime();
            LinkDrafts.draft(content, new Suggester(workspace, thesaurus), SuggestionDismissals.all(workspace),
                    DRAFTS_PER_PRIORITY);
            double freshMs = (System.nanoTime() - t2) / 1e6;
            if (run >= 0) {
                draftTimes.add(draftMs);
                sequentialTimes.add(sequentialMs);
                freshDraftTimes.add(freshMs);
            }
        }
        double[] d = SearchBenchmark.stats(draftTimes);
        double[] q = SearchBenchmark.stats(sequentialTimes);
        double[] n = SearchBenchmark.stats(freshDraftTimes);
        System.out.printf(Locale.ROOT, "Draft links for all priorities: %d priorities without links, %d drafts "
                + "(at most %d each), %d runs after 1 unmeasured.%n", undecided.size(), drafts, DRAFTS_PER_PRIORITY,
                runs);
        System.out.printf(Locale.ROOT, "%-42s %10s %10s %10s%n", "", "median", "min", "max");
        System.out.printf(Locale.ROOT, "%-42s %10.0f %10.0f %10.0f%n", "LinkDrafts.draft (dismissals read too)",
                d[0], min(draftTimes), max(draftTimes));
        System.out.printf(Locale.ROOT, "%-42s %10.0f %10.0f %10.0f%n", "  the same, with a new Suggester",
                n[0], min(freshDraftTimes), max(freshDraftTimes));
        System.out.printf(Locale.ROOT, "%-42s %10.0f %10.0f %10.0f%n", undecided.size() + " × Suggester.suggest top "
                + TOP, q[0], min(sequentialTimes), max(sequentialTimes));
        System.out.printf(Locale.ROOT, "SUGGEST_RESULT kind=draft_all priorities=%d runs=%d draft_median_ms=%.0f "
                + "draft_max_ms=%.0f fresh_draft_median_ms=%.0f fresh_draft_max_ms=%.0f sequential_median_ms=%.0f%n",
                undecided.size(), runs, d[0], max(draftTimes), n[0], max(freshDraftTimes), q[0]);
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** The 20,000-item workspace of the search benchmark with {@link #PRIORITIES} priorities without links. */
    public static void create(Path file, long seed) throws Exception {
        SearchBenchmark.create(file, seed);
        try (Workspace workspace = new WorkspaceFiles(() -> "Benchmark", Clock.systemUTC()).open(file, false)) {
            workspace.history().execute(priorities(new Random(seed), workspace.load().board().id()));
        }
    }

    /**
     * {@link #PRIORITIES} priorities in 10 themes of 10: the 30 wordings with their sub-items, their
     * titles alone, then their sub-items as priorities of their own.
     */
    static List<Wording> hundred() {
        List<Wording> all = new ArrayList<>(WORDINGS);
        WORDINGS.forEach(w -> all.add(new Wording(w.title(), List.of(), w.baselineWord())));
        for (Wording wording : WORDINGS) {
            for (String sub : wording.subItems()) {
                if (all.size() < PRIORITIES) {
                    all.add(new Wording(sub, List.of(), wording.baselineWord()));
                }
            }
        }
        return all.subList(0, PRIORITIES);
    }

    private static Edit priorities(Random random, UUID boardId) {
        return context -> {
            List<RowChange> changes = new ArrayList<>();
            List<Wording> all = hundred();
            UUID themeId = null;
            for (int i = 0; i < all.size(); i++) {
                if (i % 10 == 0) {
                    themeId = uuid(random);
                    changes.add(context.insert(Tables.THEME, themeId, Map.of("board_id", boardId.toString(),
                            "title", "Theme " + (i / 10 + 1), "position", i / 10)));
                }
                UUID priorityId = uuid(random);
                changes.add(context.insert(Tables.PRIORITY, priorityId, Map.of("theme_id", themeId.toString(),
                        "title", all.get(i).title(), "note", "", "position", i % 10)));
                List<String> subs = all.get(i).subItems();
                for (int s = 0; s < subs.size(); s++) {
                    changes.add(context.insert(Tables.SUB_ITEM, uuid(random), Map.of("priority_id",
                            priorityId.toString(), "text", subs.get(s), "position", s)));
                }
            }
            return new PlannedEdit("Add the benchmark priorities", changes);
        };
    }

    private static UUID uuid(Random random) {
        return new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
                (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
    }
}
