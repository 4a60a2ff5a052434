package org.crosswalk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosswalk.app.Wiring;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.plans.reading.ParsedChapter;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;
import org.crosswalk.plans.reading.ParsedPlans;
import org.crosswalk.plans.reading.PlanDetails;
import org.crosswalk.plans.reading.PlanImport;
import org.crosswalk.plans.reading.PlanLabels;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.EditionEdits;
import org.crosswalk.store.edit.EditionPreview;
import org.crosswalk.store.edit.PlanEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosswalk import-plan WORKSPACE FILE}: reads a national plan (PDF, Word, web page or
 * text) into chapters, sections and numbered paragraphs and adds it to the workspace as one
 * undoable edit, or with --dry-run only shows what it found.
 */
@Command(name = "import-plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Read a national plan from a PDF, Word (.docx), web page (.html) or text file and add it to "
                + "a workspace as citable paragraphs.",
                "Paragraph numbers (\"2.18.\"), printed pages, chapters and sections are found in the document; "
                        + "case studies, figures and tables are kept apart. With --dry-run nothing is saved."},
        exitCodeListHeading = ExitCodes.HEADING, exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE,
                ExitCodes.USAGE_LINE})
final class ImportPlanCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private CrosswalkCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "A workspace file (.crosswalk).")
    private Path workspaceFile;

    @Parameters(index = "1", paramLabel = "FILE", description = "The plan document: .pdf, .docx, .html or .txt.")
    private Path planFile;

    @Option(names = "--title", paramLabel = "T", description = "The plan's title. Default: the document's own title.")
    private String title;

    @Option(names = "--label", paramLabel = "L",
            description = {"Short name used in citations, e.g. \"NHS LTP\". Default: made from the title.",
                    "When a plan with this label is already in the workspace, the file is imported as its new "
                            + "edition: links to unchanged paragraphs carry over, the others are marked for review."})
    private String label;

    @Option(names = "--edition", paramLabel = "E", description = "Edition or date, e.g. \"January 2019\".")
    private String edition;

    @Option(names = "--dry-run", description = "Read and report, but save nothing.")
    private boolean dryRun;

    @Option(names = "--json", description = "Print the parsed items (number, printed page, chapter, section, kind, "
            + "text) as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Wiring wiring = parent.wiring();
        ParsedPlan parsed;
        try {
            parsed = PlanImport.read(planFile.toAbsolutePath().normalize(), ReadProgress.NONE);
        } catch (PlanReadException e) {
            throw CommandFailure.nothingImported(planFile.getFileName(), e);
        }
        if (parsed.items().isEmpty()) {
            throw new CommandFailure("No paragraphs were found in “" + planFile.getFileName() + "”, so nothing was "
                    + "imported.");
        }
        PlanDetails details = details(parsed);
        PrintWriter out = spec.commandLine().getOut();
        PlanContent content = ParsedPlans.toContent(parsed, details);
        EditionPreview edition = null;
        Plan earlier = null;
        try (Workspace workspace = wiring.files().open(workspaceFile.toAbsolutePath().normalize(), dryRun)) {
            WorkspaceContent current = workspace.load();
            earlier = earlierEdition(current, details.label());
            if (earlier != null) {
                edition = EditionEdits.preview(current, earlier.id(), content);
            }
            if (!dryRun) {
                workspace.history().execute(earlier == null ? PlanEdits.addPlan(content)
                        : EditionEdits.addEdition(earlier.id(), content));
            }
        }
        if (json) {
            ObjectNode root = toJson(parsed, details);
            if (edition != null) {
                ObjectNode node = root.putObject("new_edition_of");
                node.put("title", earlier.title());
                node.put("edition", earlier.edition());
                node.put("links_carried", edition.carriedCount());
                node.put("links_changed", edition.changedCount());
                node.put("links_not_found", edition.vanishedCount());
            }
            out.println(JSON.writeValueAsString(root));
        } else {
            out.println(summary(parsed, details, earlier, edition));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private PlanDetails details(ParsedPlan parsed) {
        String chosenTitle = title != null && !title.isBlank() ? title.strip()
                : parsed.title() != null ? parsed.title() : baseName(planFile);
        String chosenLabel = label != null && !label.isBlank() ? label.strip() : PlanLabels.suggest(chosenTitle);
        return new PlanDetails(chosenTitle, chosenLabel, edition, null, null, planFile.getFileName().toString());
    }

    /**
     * The plan this one is a new edition of: the one with the same citation label that no later
     * edition has replaced yet; null when the label is new to the workspace.
     */
    private static Plan earlierEdition(WorkspaceContent content, String label) {
        List<Plan> sameLabel = content.plans().stream().filter(p -> p.label().equalsIgnoreCase(label.strip())).toList();
        return sameLabel.stream()
                .filter(p -> content.plans().stream().noneMatch(later -> p.id().equals(later.replacesPlanId())))
                .findFirst().orElse(null);
    }

    private String summary(ParsedPlan parsed, PlanDetails details, Plan earlier, EditionPreview edition) {
        long numbered = parsed.items().stream().filter(i -> i.number() != null).count();
        StringBuilder text = new StringBuilder();
        text.append("Read “").append(planFile.getFileName()).append("”: ").append(parsed.chapters().size())
                .append(parsed.chapters().size() == 1 ? " chapter, " : " chapters, ")
                .append(numbered).append(" numbered paragraphs");
        for (ItemKind kind : ItemKind.values()) {
            long count = parsed.items().stream().filter(i -> i.kind() == kind && i.number() == null).count();
            if (count > 0) {
                text.append(", ").append(count).append(' ').append(kind.displayName().toLowerCase(java.util.Locale.ROOT))
                        .append(count == 1 ? "" : " items");
            }
        }
        text.append('.').append(System.lineSeparator());
        parsed.notes().forEach(note -> text.append("  ").append(note).append(System.lineSeparator()));
        if (edition != null) {
            text.append("A new edition of “").append(earlier.title()).append("”")
                    .append(earlier.edition() == null ? "" : " (" + earlier.edition() + ")")
                    .append(", which has the same label: ").append(edition.summary())
                    .append(System.lineSeparator());
            if (edition.needsReview() && !dryRun) {
                text.append("Links to review are marked “needs review” in the app.").append(System.lineSeparator());
            }
        }
        if (dryRun) {
            text.append("Dry run: nothing was saved.");
        } else if (edition != null) {
            text.append("Added the new edition “").append(details.title()).append("” to ")
                    .append(workspaceFile.getFileName()).append('.');
        } else {
            text.append("Added “").append(details.title()).append("” (cited as “").append(details.label())
                    .append("”) to ").append(workspaceFile.getFileName()).append('.');
        }
        return text.toString();
    }

    private ObjectNode toJson(ParsedPlan parsed, PlanDetails details) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", planFile.getFileName().toString());
        root.put("title", details.title());
        root.put("label", details.label());
        root.put("numbered", parsed.numbered());
        root.put("saved", !dryRun);
        ArrayNode chapters = root.putArray("chapters");
        for (ParsedChapter chapter : parsed.chapters()) {
            ObjectNode node = chapters.addObject();
            node.put("number", chapter.number());
            node.put("title", chapter.title());
            putNumber(node, "printed_page", chapter.printedPage());
        }
        ArrayNode items = root.putArray("items");
        for (ParsedItem item : parsed.items()) {
            ObjectNode node = items.addObject();
            node.put("number", item.number());
            putNumber(node, "printed_page", item.printedPage());
            putNumber(node, "pdf_page", item.pdfPage());
            if (item.continuesToPage() != null) {
                node.put("continues_to_printed_page", item.continuesToPage());
            }
            ParsedChapter chapter = parsed.chapters().get(item.chapter());
            node.put("chapter", chapter.number() != null ? chapter.number() : chapter.title());
            node.put("section", item.section());
            node.put("kind", item.kind().code());
            node.put("text", item.text());
        }
        ArrayNode notes = root.putArray("notes");
        parsed.notes().forEach(notes::add);
        return root;
    }

    private static void putNumber(ObjectNode node, String name, Integer value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
