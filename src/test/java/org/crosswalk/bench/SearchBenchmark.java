package org.crosswalk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Section;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.search.PlanSearch;
import org.crosswalk.search.SearchQuery;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.PlanEdits;

/**
 * Search benchmark: a fixed set of queries, typed whole and letter by letter, against a workspace of
 * 20,000 plan items, timing {@link PlanSearch#search} and, in the same run, the bare SQLite FTS5
 * query it rests on (the same MATCH expression, ORDER BY rank LIMIT 50, rowids only, on a plain
 * connection, statement prepared once): the floor. Measured, never asserted.
 *
 * <pre>
 * java -cp TEST_CLASSPATH org.crosswalk.bench.SearchBenchmark [--workspace FILE] [--rounds 20] [--out DIR]
 * </pre>
 * Without --workspace, one is generated in --out (default: a temporary folder): the built-in NHS
 * Long Term Plan and four generated plans, 20,000 items in all, whose text is drawn from word
 * models of the Long Term Plan's own chapters (each word follows the two before it as in the real
 * text; each generated chapter keeps to one chapter's subject; paragraph lengths as in the real
 * plan), so words, their frequencies and their neighbours are plan-like. Prints a table and lines
 * {@code SEARCH_RESULT set=... n=... search_median_ms=... search_p95_ms=... fts_median_ms=...
 * fts_p95_ms=...} for scripts.
 */
public final class SearchBenchmark {
    public static final int ITEMS = 20_000;
    public static final long DEFAULT_SEED = 20190107L;

    /** Queries typed whole. */
    static final List<String> WHOLE = List.of("prevention", "mental health", "cancer screening",
            "social prescribing link workers", "workforce", "digital", "carers", "diabetes prevention programme",
            "2.18", "children's mental health", "long-term conditions", "A&E", "primary care networks",
            "smoking in pregnancy", "maternity", "integrated care systems", "health inequalities", "obesity",
            "alcohol care teams", "waiting times");
    /** Queries typed letter by letter; every prefix is a query, as the box sends them. */
    static final List<String> TYPED = List.of("prevention", "mental health", "social prescribing", "2.18",
            "workforce", "personalised care");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workspaceFile = null;
        Path out = null;
        int rounds = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workspace" -> workspaceFile = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("Unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            out = Files.createTempDirectory("crosswalk-search-bench");
        }
        Files.createDirectories(out);
        if (workspaceFile == null) {
            workspaceFile = out.resolve("search-20000.crosswalk");
            long t = System.nanoTime();
            create(workspaceFile, DEFAULT_SEED);
            System.out.printf(Locale.ROOT, "Generated %s: %d plan items, %.1f MB, in %.1f s (adding the plans, "
                            + "search index included)%n", workspaceFile.getFileName(), ITEMS,
                    Files.size(workspaceFile) / 1048576.0, (System.nanoTime() - t) / 1e9);
        }

        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("whole", WHOLE);
        List<String> typed = new ArrayList<>();
        for (String query : TYPED) {
            for (int n = 1; n <= query.length(); n++) {
                typed.add(query.substring(0, n));
            }
        }
        sets.put("typed", typed);

        try (Workspace workspace = new WorkspaceFiles(() -> "Benchmark", Clock.systemUTC()).open(workspaceFile, false);
             Connection bare = DriverManager.getConnection("jdbc:sqlite:" + workspaceFile.toAbsolutePath());
             PreparedStatement fts = bare.prepareStatement("SELECT rowid FROM plan_item_search WHERE "
                     + "plan_item_search MATCH ? AND rank MATCH ? ORDER BY rank LIMIT " + SearchQuery.DEFAULT_LIMIT)) {
            PlanSearch search = new PlanSearch(workspace);
            UUID ltp = workspace.load().plans().get(0).id();
            long first = System.nanoTime();
            int firstHits = search.search(SearchQuery.of("mental health")).size();
            System.out.printf(Locale.ROOT, "First search in this JVM (\"mental health\", %d hits): %.1f ms%n",
                    firstHits, (System.nanoTime() - first) / 1e6);

            Map<String, String> expressions = new HashMap<>();
            for (List<String> queries : sets.values()) {
                for (String query : queries) {
                    expressions.put(query, search.ftsExpression(query));
                }
            }
            fts.setString(2, PlanSearch.rankFunction());
            Map<String, List<Double>> searchTimes = new LinkedHashMap<>();
            Map<String, List<Double>> ftsTimes = new LinkedHashMap<>();
            Map<String, Integer> hitCounts = new HashMap<>();
            for (int round = -2; round < rounds; round++) { // two rounds to warm up, not counted
                for (Map.Entry<String, List<String>> set : sets.entrySet()) {
                    for (String query : set.getValue()) {
                        boolean inPlan = set.getKey().equals("whole") && round % 2 == 0 && query.length() % 2 == 0;
                        SearchQuery q = inPlan ? SearchQuery.of(query).inPlan(ltp) : SearchQuery.of(query);
                        long t0 = System.nanoTime();
                        int hits = search.search(q).size();
                        double searchMs = (System.nanoTime() - t0) / 1e6;
                        long t1 = System.nanoTime();
                        int rows = bareQuery(fts, expressions.get(query));
                        double ftsMs = (System.nanoTime() - t1) / 1e6;
                        if (round >= 0) {
                            searchTimes.computeIfAbsent(set.getKey(), k -> new ArrayList<>()).add(searchMs);
                            ftsTimes.computeIfAbsent(set.getKey(), k -> new ArrayList<>()).add(ftsMs);
                            searchTimes.computeIfAbsent(query + " (" + set.getKey() + ")", k -> new ArrayList<>())
                                    .add(searchMs);
                            ftsTimes.computeIfAbsent(query + " (" + set.getKey() + ")", k -> new ArrayList<>())
                                    .add(ftsMs);
                            hitCounts.put(query, inPlan ? hitCounts.getOrDefault(query, hits) : Math.max(hits, rows));
                        }
                    }
                }
            }
            List<Double> all = new ArrayList<>();
            List<Double> allFts = new ArrayList<>();
            sets.keySet().forEach(k -> {
                all.addAll(searchTimes.get(k));
                allFts.addAll(ftsTimes.get(k));
            });
            System.out.printf(Locale.ROOT, "%d queries (%d whole, %d typed letter by letter) × %d rounds; whole "
                            + "queries alternate between all plans and the Long Term Plan only.%n",
                    WHOLE.size() + typed.size(), WHOLE.size(), typed.size(), rounds);
            System.out.printf(Locale.ROOT, "%-8s %6s %14s %12s %12s %10s%n", "set", "n", "search_median", "search_p95",
                    "fts_median", "fts_p95");
            List<String> lines = new ArrayList<>();
            Map<String, List<Double>> summary = new LinkedHashMap<>();
            summary.put("all", all);
            sets.keySet().forEach(k -> summary.put(k, searchTimes.get(k)));
            for (Map.Entry<String, List<Double>> entry : summary.entrySet()) {
                List<Double> floor = entry.getKey().equals("all") ? allFts : ftsTimes.get(entry.getKey());
                double[] s = stats(entry.getValue());
                double[] f = stats(floor);
                System.out.printf(Locale.ROOT, "%-8s %6d %14.2f %12.2f %12.2f %10.2f%n", entry.getKey(),
                        entry.getValue().size(), s[0], s[1], f[0], f[1]);
                lines.add(String.format(Locale.ROOT, "SEARCH_RESULT set=%s n=%d search_median_ms=%.2f "
                                + "search_p95_ms=%.2f fts_median_ms=%.2f fts_p95_ms=%.2f", entry.getKey(),
                        entry.getValue().size(), s[0], s[1], f[0], f[1]));
            }
            System.out.println();
            System.out.println("Slowest queries (median ms of PlanSearch.search / bare FTS5; hits):");
            searchTimes.entrySet().stream().filter(e -> e.getKey().endsWith(")"))
                    .sorted((a, b) -> Double.compare(stats(b.getValue())[0], stats(a.getValue())[0])).limit(8)
                    .forEach(e -> {
                        String query = e.getKey().substring(0, e.getKey().lastIndexOf(" ("));
                        System.out.printf(Locale.ROOT, "  %-36s %7.2f / %6.2f  %d%n", "\"" + query + "\"",
                                stats(e.getValue())[0], stats(ftsTimes.get(e.getKey()))[0], hitCounts.get(query));
                    });
            lines.forEach(System.out::println);
        }
    }

    private static int bareQuery(PreparedStatement fts, String expression) throws SQLException {
        if (expression.isEmpty()) {
            return 0;
        }
        fts.setString(1, expression);
        int rows = 0;
        try (ResultSet result = fts.executeQuery()) {
            while (result.next()) {
                result.getLong(1);
                rows++;
            }
        }
        return rows;
    }

    /** {median, 95th percentile (nearest rank)}. */
    static double[] stats(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double p95 = sorted[Math.max(0, (int) Math.ceil(0.95 * n) - 1)];
        return new double[] {median, p95};
    }

    /** Writes the 20,000-item workspace to {@code file} (replacing it). */
    public static void create(Path file, long seed) throws Exception {
        Random random = new Random(seed);
        PlanContent ltp = new PlanCatalogue().load(PlanCatalogue.NHS_LONG_TERM_PLAN);
        // One word model per chapter of the Long Term Plan, so a generated chapter keeps to one subject
        // (as a real chapter does) and a word is not spread evenly over every paragraph.
        List<WordModel> models = new ArrayList<>();
        for (Chapter chapter : ltp.chapters()) {
            List<String> texts = ltp.items().stream().filter(i -> i.chapterId().equals(chapter.id()))
                    .map(PlanItem::text).toList();
            if (texts.size() >= 10) {
                models.add(new WordModel(texts));
            }
        }
        int[] lengths = ltp.items().stream().mapToInt(i -> i.text().split("\\s+").length).toArray();
        try (Workspace workspace = new WorkspaceFiles(() -> "Benchmark", Clock.systemUTC()).create(file,
                "Benchmark Health and Wellbeing Board", "Search benchmark")) {
            workspace.history().execute(PlanEdits.addPlan(ltp));
            int left = ITEMS - ltp.items().size();
            String[] names = {"Regional Health Plan", "Integrated Care Strategy", "Joint Forward Plan",
                "Population Health Plan"};
            for (int p = 0; p < names.length; p++) {
                int count = left / (names.length - p);
                workspace.history().execute(PlanEdits.addPlan(generatedPlan(random, models, lengths, names[p],
                        count)));
                left -= count;
            }
        }
    }

    /**
     * A plan of {@code count} numbered paragraphs in 10 chapters of 10 sections; each chapter written
     * from one word model, each paragraph as long as a paragraph of the Long Term Plan picked at random.
     */
    static PlanContent generatedPlan(Random random, List<WordModel> models, int[] lengths, String title,
                                     int count) {
        UUID planId = uuid(random);
        Plan plan = new Plan(planId, title, title.replaceAll("[^A-Z]", ""), "Benchmark edition", "2026-01-01",
                "Crosswalk benchmark", "generated", "Generated text for benchmarking; not a real plan.");
        List<Chapter> chapters = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<PlanItem> items = new ArrayList<>();
        int perSection = (int) Math.ceil(count / 100.0);
        for (int c = 1; c <= 10 && items.size() < count; c++) {
            WordModel words = models.get(random.nextInt(models.size()));
            Chapter chapter = new Chapter(uuid(random), planId, Integer.toString(c), words.title(random, 6),
                    chapters.size());
            chapters.add(chapter);
            int paragraph = 1;
            for (int s = 0; s < 10 && items.size() < count; s++) {
                Section section = new Section(uuid(random), chapter.id(), words.title(random, 4), sections.size());
                sections.add(section);
                for (int i = 0; i < perSection && items.size() < count; i++) {
                    items.add(new PlanItem(uuid(random), planId, chapter.id(), section.id(), c + "." + paragraph++,
                            9 + items.size() / 4, ItemKind.PARAGRAPH,
                            words.paragraph(random, lengths[random.nextInt(lengths.length)]), null, items.size()));
                }
            }
        }
        return new PlanContent(plan, chapters, sections, items);
    }

    private static UUID uuid(Random random) {
        return new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
                (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
    }

    /**
     * Which word follows which two in the sentences of the source texts; walking it writes
     * sentences that read like the source, with its words at their frequencies.
     */
    static final class WordModel {
        private final Map<String, List<String>> next = new HashMap<>();

        WordModel(List<String> texts) {
            for (String text : texts) {
                String a = "";
                String b = "";
                for (String word : text.strip().split("\\s+")) {
                    next.computeIfAbsent(b + "\u0000" + a, k -> new ArrayList<>()).add(word);
                    b = a;
                    a = word;
                    if (word.endsWith(".")) {
                        a = "";
                        b = "";
                    }
                }
                if (!a.isEmpty()) {
                    next.computeIfAbsent(b + "\u0000" + a, k -> new ArrayList<>()).add(".");
                }
            }
        }

        /** Whole sentences, at least {@code length} words. */
        String paragraph(Random random, int length) {
            List<String> out = new ArrayList<>();
            while (out.size() < length) {
                sentence(random, out, out.size() + 80);
            }
            return String.join(" ", out);
        }

        private void sentence(Random random, List<String> out, int max) {
            String a = "";
            String b = "";
            while (true) {
                List<String> options = next.get(b + "\u0000" + a);
                String word = options == null ? "." : options.get(random.nextInt(options.size()));
                if (word.equals(".") || out.size() >= max) {
                    if (!out.isEmpty() && !out.get(out.size() - 1).endsWith(".")) {
                        out.set(out.size() - 1, out.get(out.size() - 1).replaceAll("[^\\p{L}\\p{N}]+$", "") + ".");
                    }
                    return;
                }
                out.add(word);
                if (word.endsWith(".")) {
                    return;
                }
                b = a;
                a = word;
            }
        }

        String title(Random random, int maxWords) {
            String[] words = paragraph(random, 3).replaceAll("[.,;:()]", "").split(" ");
            String title = String.join(" ", Arrays.copyOf(words, Math.min(maxWords, words.length)));
            return Character.toUpperCase(title.charAt(0)) + title.substring(1);
        }
    }
}
