package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.model.Link;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.PlanEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Welsh, Urdu (right to left), emoji with skin tones and joiners, combining marks, letters
 * outside the Basic Multilingual Plane, a 12,000-character priority and a vertical tab (what
 * Word leaves in text pasted through Excel) in every field: saved to the file and read back
 * identical, present in every export read back by another program, and brought back by
 * {@code crosswalk import-table} from Crosswalk's own Excel, CSV and Word papers.
 */
class AnyTextRoundTripTest {
    static final String WELSH = "Bwrdd Iechyd Prifysgol ŵ ŷ Ŵ Ŷ";
    static final String URDU = "صحت عامہ کی بہتری";
    static final String EMOJI = "👩🏽‍⚕️ 👨‍👩‍👧‍👦 👍🏿";
    static final String COMBINING = "Cafe\u0301 n\u0303o Z\u0335";
    static final String ASTRAL = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢";

    static final BoardTexts TEXTS = new BoardTexts(WELSH + " Hywel Dda", URDU + " — " + ASTRAL + " " + EMOJI,
            "Atal / Prevent ŵ " + URDU, longPriority(), List.of("ŷ", "𝔘", EMOJI + " teulu", COMBINING),
            "Nodyn: first line\nsecond line with\ttab and " + URDU + " and a\u000Bvertical tab",
            "Arweinydd ŵ " + URDU + " " + EMOJI,
            "Bydd y GIG yn helpu " + WELSH + ": " + URDU + " " + EMOJI + " " + ASTRAL + " " + COMBINING + " and more.",
            URDU + " " + EMOJI + " " + ASTRAL, "Sylw: " + COMBINING + " 👍🏿", "Lleihau ŷ", "Lleihau smygu ŷ",
            "Dim sôn penodol yn y Cynllun. کوئی ذکر نہیں", "14 Chwefror 2019 ŵ", "HIB/ŵ/𝔘/1", "Siân Llŷr, محمد",
            "Cyflwyniad ŵ " + URDU + " 🏴󠁧󠁢󠁷󠁬󠁳󠁿 " + EMOJI, "Argymhellion: cytuno ✅ " + ASTRAL, "Blaenoriaeth ŵ",
            "Amcan y Cynllun ŷ " + URDU);

    @TempDir
    Path home;
    private Cli cli;
    private Path workspace;

    /** 12,000 characters of every kind, as one priority's title. */
    static String longPriority() {
        StringBuilder text = new StringBuilder("Hir ");
        while (text.length() < 12_000) {
            text.append(WELSH).append(' ').append(URDU).append(' ').append(EMOJI).append(' ').append(ASTRAL)
                    .append(' ').append(COMBINING).append(' ');
        }
        return text.toString().strip();
    }

    @BeforeEach
    void writeWorkspace() throws Exception {
        cli = new Cli(home);
        workspace = TEXTS.write(cli.wiring().files(), home.resolve("cymraeg.crosswalk"));
    }

    @Test
    void everyTextIsReadBackFromTheFileExactly() throws Exception {
        try (Workspace opened = cli.wiring().files().open(workspace, true)) {
            WorkspaceContent content = opened.load();
            assertEquals(TEXTS.board(), content.board().name());
            assertEquals(TEXTS.title(), content.board().title());
            assertEquals(TEXTS.theme(), content.themes().get(0).title());
            assertEquals(TEXTS.otherTheme(), content.themes().get(1).title());
            Priority linked = inOrder(content).get(0);
            assertEquals(TEXTS.priority(), linked.title());
            assertTrue(linked.title().length() >= 12_000);
            assertEquals(TEXTS.subItems(), content.subItems().stream().map(SubItem::text).toList());
            assertEquals(TEXTS.note(), linked.note());
            assertEquals(TEXTS.lead(), linked.lead());
            Link link = content.links().get(0);
            assertEquals(TEXTS.excerpt(), link.excerpt());
            assertEquals(TEXTS.linkNote(), link.note());
            assertEquals(TEXTS.otherPriority(), inOrder(content).get(1).title());
            assertEquals(TEXTS.noMention(), inOrder(content).get(1).noMention());
            PaperSettings paper = content.paper();
            assertEquals(List.of(TEXTS.title(), TEXTS.board(), TEXTS.meetingDate(), TEXTS.reference(),
                    TEXTS.authors(), TEXTS.introduction(), TEXTS.recommendations(), TEXTS.priorityHeading(),
                    TEXTS.planHeading()), List.of(paper.title(), paper.board(), paper.meetingDate(), paper.reference(),
                    paper.authors(), paper.introduction(), paper.recommendations(), paper.priorityHeading(),
                    paper.planHeading()));
        }
    }

    @Test
    void everyExportHoldsEveryTextItCanShow() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String format : List.of("docx", "pdf", "html", "xlsx", "csv")) {
            String text = ExportedTexts.text(export(format).paper(), format);
            for (String wanted : expected(format)) {
                if (!text.contains(ExportedTexts.oneLine(wanted))) {
                    missing.add(format + ": " + abbreviated(wanted));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noExportCautionsAboutCharactersItCannotShow() throws Exception {
        // The PDF's bundled fonts draw the Urdu, emoji and mathematical letters too (decision 0022).
        for (String format : List.of("docx", "pdf", "html", "xlsx", "csv")) {
            assertEquals("", export(format).result().err(), format + " shows every character");
        }
        String pdf = ExportedTexts.text(export("pdf").paper(), "pdf");
        assertTrue(pdf.contains("Table 1: " + TEXTS.theme()), pdf.substring(0, Math.min(pdf.length(), 400)));
    }

    @Test
    void crosswalksOwnSpreadsheetsAndWordPaperImportBackToTheSameTexts() throws Exception {
        for (String format : List.of("xlsx", "csv", "docx")) {
            if (format.equals("docx")) {
                // See BoardTexts.forWordImport and theWordPaperOfAWelshBoardNeedsEnglishHeadingsToImport.
                workspace = TEXTS.forWordImport().write(cli.wiring().files(), home.resolve("english.crosswalk"));
            }
            Path paper = export(format).paper();
            Path target = home.resolve("from-" + format + ".crosswalk");
            try (Workspace created = cli.wiring().files().create(target, "Another board", "")) {
                created.history().execute(PlanEdits.addPlan(TEXTS.plan()));
            }
            Cli.Result result = cli.run("import-table", target.toString(), paper.toString());
            assertEquals(0, result.exit(), format + ": " + result);
            try (Workspace opened = cli.wiring().files().open(target, true)) {
                WorkspaceContent content = opened.load();
                assertEquals(List.of(TEXTS.theme(), TEXTS.otherTheme()),
                        content.themes().stream().map(Theme::title).toList(), format);
                assertEquals(List.of(TEXTS.priority(), TEXTS.otherPriority()),
                        inOrder(content).stream().map(Priority::title).toList(), format);
                assertEquals(TEXTS.subItems(), content.subItems().stream().map(SubItem::text).toList(), format);
                assertEquals(1, content.links().size(), format);
                if (!format.equals("docx")) {
                    // From the Word paper the excerpt and a "no mention" wording of the board's own
                    // come back as a link to the whole paragraph and as an unmatched quote: findings
                    // in docs/reliability.md, left to the table import.
                    assertEquals(TEXTS.excerpt(), content.links().get(0).excerpt(), format);
                    assertEquals(TEXTS.noMention(), inOrder(content).get(1).noMention(), format);
                    // The vertical tab is written as the line break it stands for (ExportText).
                    assertEquals(TEXTS.note().replace('\u000B', '\n'), inOrder(content).get(0).note(), format);
                    assertEquals(TEXTS.lead(), inOrder(content).get(0).lead(), format);
                    assertEquals(TEXTS.linkNote(), content.links().get(0).note(), format);
                }
            }
        }
    }

    @Test
    void theWordPaperOfAWelshBoardNeedsEnglishHeadingsToImport() throws Exception {
        Path paper = export("docx").paper();
        Path target = home.resolve("welsh.crosswalk");
        cli.wiring().files().create(target, "Bwrdd", "").close();
        Cli.Result result = cli.run("import-table", target.toString(), paper.toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("No column of the table in Tables 1–2 of paper.docx (one per heading) names the local priorities: "
                + "its header row reads “Blaenoriaeth ŵ | Amcan y Cynllun ŷ " + URDU + "”."), result.err());
    }

    /**
     * The texts {@code format} must hold. The Word paper leaves out link notes (the web page and
     * PDF show them).
     */
    private static List<String> expected(String format) {
        return switch (format) {
            case "xlsx", "csv" -> TEXTS.inTable();
            case "docx" -> TEXTS.onWordPaper();
            case "pdf" -> onPdf(TEXTS.onPaper());
            default -> TEXTS.onPaper();
        };
    }

    /**
     * What PDFBox's text extraction can be expected to give back from the PDF (the page itself
     * shows every character: see PdfScriptsTest and the caution test above). A text with Urdu or
     * emoji is looked for word by word: PDFBox reads a line that holds Urdu as a right-to-left
     * line and puts its words in its own order, reversing emoji into broken halves; so emoji
     * (and the Welsh flag, drawn as a plain black flag) are left to PdfScriptsTest, where they
     * share no line with Urdu.
     */
    private static List<String> onPdf(List<String> texts) {
        List<String> wanted = new ArrayList<>();
        for (String text : texts) {
            if (text.codePoints().noneMatch(c -> emoji(c) || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC)) {
                wanted.add(text);
                continue;
            }
            for (String word : text.split("\\s+")) {
                if (!word.isEmpty() && word.codePoints().noneMatch(AnyTextRoundTripTest::emoji)) {
                    wanted.add(word);
                }
            }
        }
        return wanted;
    }

    private static boolean emoji(int c) {
        int type = Character.getType(c);
        return Character.isSupplementaryCodePoint(c) && (type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.FORMAT);
    }

    /** Priorities theme by theme, each theme's in order. */
    private static List<Priority> inOrder(WorkspaceContent content) {
        return content.themes().stream().flatMap(t -> content.prioritiesOf(t.id()).stream()).toList();
    }

    private record Exported(Path paper, Cli.Result result) {
    }

    private Exported export(String format) {
        Path paper = home.resolve("paper." + format);
        Cli.Result result = cli.run("export", workspace.toString(), "--out", paper.toString());
        assertEquals(0, result.exit(), format + ": " + result);
        return new Exported(paper, result);
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "… (" + text.length() + " chars)" : text;
    }
}
