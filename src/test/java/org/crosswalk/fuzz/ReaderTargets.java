package org.crosswalk.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.crosswalk.plans.reading.PlanImport;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.tables.reading.TableFiles;
import org.crosswalk.tables.reading.TableReadException;

/**
 * Every reader under fuzzing, with its seeds and its damages. The expected outcome of each case:
 * a valid result, or the reader's documented error ({@link PlanReadException},
 * {@link TableReadException}, {@link WorkspaceProblem}, exit code 1 of the command line) with a
 * message a person can act on; never another exception, a hang, or a changed workspace.
 */
final class ReaderTargets {
    static final List<String> PDF_WORDS = List.of("obj", "endobj", "stream", "endstream", "/Length 999999999",
            "/Length -1", "xref", "trailer", "startxref", "%%EOF", "/Root 1 0 R", "/Count 2147483647",
            "/Type /Page", "/Kids [3 0 R 3 0 R]", "/Parent 3 0 R", "/Filter /FlateDecode", "<<", ">>", "[", "]", "(",
            ")", "/Encrypt 9 0 R", "BT", "ET", "Tj", "TJ", "/F1 99999 Tf", "1 0 0 1 -99999 99999 Tm",
            "/MediaBox [0 0 0 0]", "/W [1 2]", "/Size 0", "R", " 0 R", "/Prev 0", "/XRefStm 1");
    static final List<String> HTML_WORDS = List.of("<h1>", "</h1>", "<h2>", "<p>", "</p>", "<table>", "</table>",
            "<tr>", "<td colspan=\"2147483647\">", "<td rowspan=\"-1\">", "<th colspan=\"0\">", "<!--", "-->",
            "<script>", "<style>", "<li>", "<ol start=\"-5\">", "&#0;", "&#xFFFFFF;", "&nbsp;", "<![CDATA[",
            "<meta charset=\"utf-16\">", "<br>", "<sup>", "<a href=\"#", "<?xml version=\"1.0\"?>", "<html>");
    static final List<String> TEXT_WORDS = List.of("Chapter 1: ", "Chapter 99999999999: ", "\n", "1.1. ",
            "99999999999.1. ", "\f", "\u0000", "\r", "• ", "\t", "Figure 1", "\uFEFF", "\uFFFD", "Chapter  :");
    static final List<String> CSV_WORDS = List.of("\"", ",", ";", "\t", "\r\n", "\n", "\"\"", "=1+1", "sep=;\r\n",
            "\uFEFF", "Theme", "Priority", "Sub-items", "(NHS LTP p. 99999999999)", "2.18.", "• ", "\u0000",
            "No specific mention", "Theme,Theme,Priority\r\n");
    private static final List<String> OFFICE_ZIP_WORDS = List.of("PK\u0003\u0004", "PK\u0001\u0002",
            "PK\u0005\u0006");

    private final FuzzSeeds seeds;
    private final Path scratch;
    private final WorkspaceFiles files = StoreFixtures.files(new TestClock());

    ReaderTargets(FuzzSeeds seeds, Path scratch) {
        this.seeds = seeds;
        this.scratch = scratch;
    }

    List<FuzzTarget> all() {
        return List.of(plan("plan-pdf", List.of(seeds.planPdf, seeds.paperPdf), bytes(PDF_WORDS)),
                plan("plan-docx", List.of(seeds.planDocx, seeds.paperDocx), zip()),
                plan("plan-html", List.of(seeds.planHtml, seeds.paperHtml), bytes(HTML_WORDS)),
                plan("plan-text", List.of(seeds.planText), bytes(TEXT_WORDS)),
                table("table-csv", List.of(seeds.paperCsv, seeds.prioritiesCsv), bytes(CSV_WORDS)),
                table("table-xlsx", List.of(seeds.paperXlsx, seeds.prioritiesXlsx), zip()),
                table("table-docx", List.of(seeds.paperDocx, seeds.prioritiesDocx, seeds.samplePaperDocx), zip()),
                CommandLineImport.target("import-table", List.of(seeds.paperXlsx, seeds.paperCsv, seeds.paperDocx),
                        mixed(), seeds.smallWorkspace, scratch),
                CommandLineImport.target("import-priorities", List.of(seeds.prioritiesXlsx, seeds.prioritiesCsv,
                        seeds.prioritiesDocx), mixed(), seeds.smallWorkspace, scratch),
                workspace());
    }

    private static ReaderTarget.Damage bytes(List<String> words) {
        return new ByteMutator(words)::mutate;
    }

    private static ReaderTarget.Damage zip() {
        return new ZipMutator(new ByteMutator(OFFICE_ZIP_WORDS))::mutate;
    }

    /** Office files through the zip mutator, CSV through the byte mutator. */
    private static ReaderTarget.Damage mixed() {
        ReaderTarget.Damage zip = zip();
        ReaderTarget.Damage csv = bytes(CSV_WORDS);
        return (seed, random) -> seed.length > 1 && seed[0] == 'P' && seed[1] == 'K'
                ? zip.apply(seed, random) : csv.apply(seed, random);
    }

    private static ReaderTarget plan(String name, List<FuzzTarget.Seed> seeds, ReaderTarget.Damage damage) {
        return new ReaderTarget(name, seeds, damage, (file, folder) -> {
            try {
                PlanImport.read(file, ReadProgress.NONE);
                return Outcome.valid();
            } catch (PlanReadException e) {
                return Outcome.clearError(e.getMessage());
            }
        });
    }

    private static ReaderTarget table(String name, List<FuzzTarget.Seed> seeds, ReaderTarget.Damage damage) {
        return new ReaderTarget(name, seeds, damage, (file, folder) -> {
            try {
                TableFiles.read(file);
                return Outcome.valid();
            } catch (TableReadException e) {
                return Outcome.clearError(e.getMessage());
            }
        });
    }

    /**
     * Opening a damaged workspace: read-only (must never write), then for editing (when refused,
     * the file must be byte for byte what it was).
     */
    private ReaderTarget workspace() {
        SqliteMutator sqlite = new SqliteMutator(scratch);
        return new ReaderTarget("workspace", List.of(seeds.smallWorkspace, seeds.smallWorkspace,
                seeds.sampleWorkspace), sqlite::mutate, (file, folder) -> {
            byte[] before = Files.readAllBytes(file);
            Outcome readOnly = open(file, true);
            if (!Arrays.equals(before, Files.readAllBytes(file))) {
                return Outcome.failure("opening read-only changed the file");
            }
            if (readOnly.failed()) {
                return readOnly;
            }
            Outcome forEditing = open(file, false);
            if (forEditing.kind() == Outcome.Kind.CLEAR_ERROR && !Arrays.equals(before, Files.readAllBytes(file))) {
                return Outcome.failure("refused for editing (" + forEditing.detail() + ") but the file changed");
            }
            return forEditing;
        });
    }

    private Outcome open(Path file, boolean readOnly) throws Exception {
        try (Workspace workspace = files.open(file, readOnly)) {
            workspace.load();
            return Outcome.valid();
        } catch (WorkspaceProblem e) {
            return e.kind() == WorkspaceProblem.Kind.FAILED
                    ? Outcome.failure("refused as an internal error: " + e.getMessage() + " (cause: " + e.getCause() + ")")
                    : Outcome.clearError(e.getMessage());
        }
    }
}
