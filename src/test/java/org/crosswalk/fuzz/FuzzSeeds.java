package org.crosswalk.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.export.ExportService;
import org.crosswalk.export.Exporters;
import org.crosswalk.fuzz.FuzzTarget.Seed;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.reading.ParsedPlans;
import org.crosswalk.plans.reading.PlanDetails;
import org.crosswalk.plans.reading.PlanImport;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.store.edit.PlanEdits;
import org.crosswalk.tables.TableFixtures;

/**
 * The valid files every case starts from, written once: a small workspace (its own short plan,
 * two themes, links) and its board paper in every format Crosswalk exports; the sample workspace
 * and its Word paper; small plan documents of each kind; priority lists as people write them.
 */
final class FuzzSeeds {
    static final String PLAN_TEXT = """
            NHS Long Term Plan (extract)

            Chapter 1: A new service model for the 21st century

            Boosting out-of-hospital care

            1.1. The NHS will increase investment in primary, community and mental health care.

            1.2. Over the next five years, every patient will have the right to online 'digital' GP consultations:
            • primary care networks of local GP practices;
            • fully integrated community-based health care.

            Chapter 2: More NHS action on prevention and health inequalities

            Smoking

            2.1. By 2023/24, all people admitted to hospital who smoke will be offered NHS-funded tobacco treatment.

            2.2. The model will also be adapted for expectant mothers, and their partners.

            Obesity

            2.3. The NHS will provide a targeted support offer for people with a BMI of 30+.
            """;

    private final Path folder;
    private final WorkspaceFiles files = StoreFixtures.files(new TestClock());

    FuzzSeeds(Path folder) {
        this.folder = folder;
    }

    Seed sampleWorkspace;
    Seed samplePaperDocx;
    Seed smallWorkspace;
    Seed paperDocx;
    Seed paperXlsx;
    Seed paperCsv;
    Seed paperHtml;
    Seed paperPdf;
    Seed planPdf;
    Seed planDocx;
    Seed planHtml;
    Seed planText;
    Seed prioritiesXlsx;
    Seed prioritiesCsv;
    Seed prioritiesDocx;

    FuzzSeeds write() throws Exception {
        Path sample = folder.resolve("sample.crosswalk");
        ExportService exports = Exporters.standard();
        try (Workspace workspace = StoreFixtures.sample(files, sample)) {
            samplePaperDocx = paper(exports, workspace.load(), "docx", "the sample's");
        }
        sampleWorkspace = new Seed("the sample workspace", Files.readAllBytes(sample), "crosswalk");
        planText = new Seed("a text plan", PLAN_TEXT.getBytes(StandardCharsets.UTF_8), "txt");
        Path small = smallWorkspace();
        try (Workspace workspace = files.open(small, true)) {
            WorkspaceContent content = workspace.load();
            paperDocx = paper(exports, content, "docx", "a small");
            paperXlsx = paper(exports, content, "xlsx", "a small");
            paperCsv = paper(exports, content, "csv", "a small");
            paperHtml = paper(exports, content, "html", "a small");
            paperPdf = paper(exports, content, "pdf", "a small");
        }
        smallWorkspace = new Seed("a small workspace", Files.readAllBytes(small), "crosswalk");
        planPdf = new Seed("the LTP extract PDF", resource("/org/crosswalk/plans/reading/ltp-excerpt.pdf"), "pdf");
        planDocx = new Seed("a Word plan", Files.readAllBytes(wordPlan()), "docx");
        planHtml = new Seed("a web-page plan", htmlPlan().getBytes(StandardCharsets.UTF_8), "html");
        List<List<String>> rows = List.of(List.of("Theme", "Priority", "Sub-items", "Notes", "Lead"),
                List.of("Prevention", "Reduce smoking", "• Stop-smoking clinics\n• Smoke-free homes", "Agreed 2019", "PH"),
                List.of("Prevention", "Healthy weight", "Whole-system approach", "", "District councils"),
                List.of("Mental wellbeing", "Five ways to wellbeing", "", "a \"quoted\" note, with a comma", ""));
        prioritiesXlsx = new Seed("a priorities workbook",
                TableFixtures.xlsxBytes("Priorities", rows), "xlsx");
        prioritiesCsv = new Seed("a priorities CSV", Files.readAllBytes(TableFixtures.csv(
                folder.resolve("priorities.csv"), StandardCharsets.UTF_8, ",", rows)), "csv");
        prioritiesDocx = new Seed("a Word list of priorities", Files.readAllBytes(wordPriorities()), "docx");
        return this;
    }

    private Seed paper(ExportService exports, WorkspaceContent content, String format, String whose)
            throws Exception {
        Path file = exports.export(content, exports.exporter(format).orElseThrow(),
                folder.resolve(whose.replace(' ', '-').replace("'", "") + "-paper." + format));
        return new Seed(whose + " board paper (" + format + ")", Files.readAllBytes(file), format);
    }

    /** A board of two themes on the text plan above, with links, a note and a "no mention" statement. */
    private Path smallWorkspace() throws Exception {
        Path file = folder.resolve("small.crosswalk");
        Path planFile = Files.write(folder.resolve("plan.txt"), planText.bytes());
        PlanContent plan = ParsedPlans.toContent(PlanImport.read(planFile, ReadProgress.NONE),
                PlanDetails.of("NHS Long Term Plan (extract)", "NHS LTP"));
        try (Workspace workspace = files.create(file, "Fuzz Health Improvement Board", "Small board")) {
            var history = workspace.history();
            history.execute(PlanEdits.addPlan(plan));
            UUID board = workspace.load().board().id();
            UUID prevention = UUID.randomUUID();
            UUID smoking = UUID.randomUUID();
            UUID weight = UUID.randomUUID();
            UUID wellbeing = UUID.randomUUID();
            history.execute(OutlineEdits.addTheme(board, prevention, "Prevention"));
            history.execute(OutlineEdits.addPriority(prevention, smoking, "Reduce smoking"));
            history.execute(OutlineEdits.addSubItem(smoking, UUID.randomUUID(), "Smoke-free homes"));
            history.execute(OutlineEdits.setPriorityNote(smoking, "Agreed in 2019"));
            history.execute(OutlineEdits.addPriority(prevention, weight, "Healthy weight"));
            UUID mental = UUID.randomUUID();
            history.execute(OutlineEdits.addTheme(board, mental, "Mental wellbeing"));
            history.execute(OutlineEdits.addPriority(mental, wellbeing, "Five ways to wellbeing"));
            history.execute(LinkEdits.markNoMention(wellbeing, "No specific mention in the plan"));
            List<PlanItem> items = workspace.load().items();
            history.execute(LinkEdits.link(smoking, numbered(items, "2.1"), UUID.randomUUID()));
            history.execute(LinkEdits.link(smoking, numbered(items, "2.2"), UUID.randomUUID()));
            history.execute(LinkEdits.link(weight, numbered(items, "2.3"), UUID.randomUUID()));
        }
        return file;
    }

    private static UUID numbered(List<PlanItem> items, String number) {
        return items.stream().filter(i -> number.equals(i.number()) || (number + ".").equals(i.number()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no paragraph " + number + " in "
                        + items.stream().map(PlanItem::number).toList())).id();
    }

    private Path wordPlan() throws Exception {
        XWPFDocument document = TableFixtures.wordDocument();
        for (String line : PLAN_TEXT.split("\n")) {
            if (line.startsWith("Chapter")) {
                TableFixtures.heading(document, "Heading1", line);
            } else if (line.startsWith("\u2022 ")) {
                TableFixtures.bullet(document, 1, line.substring(2));
            } else if (!line.isBlank() && !Character.isDigit(line.charAt(0)) && !line.startsWith("NHS")) {
                TableFixtures.heading(document, "Heading2", line);
            } else if (!line.isBlank()) {
                document.createParagraph().createRun().setText(line);
            }
        }
        TableFixtures.table(document, List.of("Year", "Investment"), List.of(List.of("2019/20", "£4.5bn"),
                List.of("2023/24", "£5.1bn")));
        return TableFixtures.save(document, folder.resolve("plan.docx"));
    }

    private Path wordPriorities() throws Exception {
        XWPFDocument document = TableFixtures.wordDocument();
        TableFixtures.heading(document, "Heading1", "Prevention");
        TableFixtures.bullet(document, 1, "Reduce smoking");
        TableFixtures.bullet(document, 2, "Stop-smoking clinics");
        TableFixtures.bullet(document, 1, "Healthy weight");
        TableFixtures.heading(document, "Heading1", "Mental wellbeing");
        TableFixtures.bullet(document, 1, "Five ways to wellbeing");
        return TableFixtures.save(document, folder.resolve("priorities.docx"));
    }

    private static String htmlPlan() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>NHS Long Term Plan</title></head><body><nav>Home &gt; Plan</nav><main>\n");
        for (String line : PLAN_TEXT.split("\n")) {
            if (line.startsWith("Chapter")) {
                html.append("<h1>").append(line).append("</h1>\n");
            } else if (line.startsWith("\u2022 ")) {
                html.append("<ul><li>").append(line.substring(2)).append("</li></ul>\n");
            } else if (!line.isBlank() && !Character.isDigit(line.charAt(0))) {
                html.append("<h2>").append(line).append("</h2>\n");
            } else if (!line.isBlank()) {
                html.append("<p>").append(line).append("</p>\n");
            }
        }
        html.append("<table><tr><th>Year</th><th>Investment</th></tr><tr><td colspan=\"2\">£4.5bn</td></tr>"
                + "</table><footer>Page 3</footer></main></body></html>\n");
        return html.toString();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(FuzzSeeds.class.getResourceAsStream(name), name)) {
            return in.readAllBytes();
        }
    }
}
