package org.crosswalk.plans.catalogue;

import static org.crosswalk.plans.catalogue.SharedFiles.normalise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.StoreFixtures;
import org.crosswalk.store.TestClock;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crosswalk.plans.catalogue.SeedTable.Cite;
import org.crosswalk.plans.catalogue.SeedTable.Group;
import org.crosswalk.plans.catalogue.SeedTable.Row;

/**
 * The sample workspace is the mapping table of the Oxfordshire HIB paper of 14 February 2019
 * (seed 001, section 3), row by row. The expected table below is transcribed from the seed; the
 * second test reads the seed to make sure the transcription has not drifted from it.
 */
class SampleAgainstSeedTest {

    @TempDir
    Path dir;

    private WorkspaceContent sample;

    @BeforeEach
    void buildSample() throws Exception {
        TestClock clock = new TestClock();
        Path file = dir.resolve(SampleWorkspace.FILE_NAME);
        new SampleWorkspace(new PlanCatalogue()).create(StoreFixtures.files(clock), file).close();
        try (Workspace workspace = new WorkspaceFiles(() -> "Reader", clock).open(file, true)) {
            sample = workspace.load();
        }
    }

    @Test
    void sampleHoldsTheSeedTableRowByRow() {
        assertEquals("Oxfordshire Health Improvement Board", sample.board().name());
        assertEquals(SeedTable.TABLE.stream().map(Group::theme).toList(), sample.themes().stream().map(Theme::title).toList());
        for (int t = 0; t < SeedTable.TABLE.size(); t++) {
            Group group = SeedTable.TABLE.get(t);
            Theme theme = sample.themes().get(t);
            assertEquals(t, theme.position());
            List<Priority> priorities = sample.prioritiesOf(theme.id());
            assertEquals(group.rows().stream().map(Row::priority).toList(),
                    priorities.stream().map(Priority::title).toList(), group.theme());
            for (int r = 0; r < priorities.size(); r++) {
                assertRow(group.rows().get(r), priorities.get(r));
            }
        }
        assertEquals(13, sample.priorities().size());
        assertEquals(26, sample.links().size());
    }

    private void assertRow(Row expected, Priority priority) {
        String where = priority.title();
        assertEquals(expected.noMention(), priority.noMention(), where);
        assertEquals(expected.subItems().stream().map(s -> s.replace("|", " ")).toList(),
                sample.subItemsOf(priority.id()).stream().map(SubItem::text).toList(), where);
        List<Link> links = sample.linksOf(priority.id());
        assertEquals(expected.cites().size(), links.size(), where);
        for (int i = 0; i < links.size(); i++) {
            Cite cite = expected.cites().get(i);
            Link link = links.get(i);
            PlanItem item = sample.item(link.planItemId()).orElseThrow();
            String at = where + " link " + (i + 1);
            assertEquals(cite.number(), item.number(), at);
            assertEquals(cite.page(), item.page(), at);
            assertEquals(cite.number() == null ? ItemKind.PROSE : ItemKind.PARAGRAPH, item.kind(), at);
            if (cite.start() != null) {
                assertTrue(item.text().startsWith(cite.start()), at + ": " + item.text());
            }
            assertEquals(Relevance.DIRECT, link.relevance(), at);
            assertNull(link.excerpt(), at);
            assertEquals("", link.note(), at);
        }
        if (expected.noMention() != null) {
            assertTrue(links.isEmpty(), where);
        }
    }

    @Test
    void everyWordOfTheSampleIsInTheSeedsTable() throws Exception {
        String seed = section3();
        List<String> missing = new ArrayList<>();
        for (Group group : SeedTable.TABLE) {
            check(seed, group.theme(), missing);
            for (Row row : group.rows()) {
                check(seed, row.priority(), missing);
                row.subItems().forEach(s -> Arrays.stream(s.split("\\|")).forEach(part -> check(seed, part, missing)));
                if (row.noMention() != null) {
                    check(seed, row.noMention(), missing);
                }
            }
        }
        for (Link link : sample.links()) {
            PlanItem item = sample.item(link.planItemId()).orElseThrow();
            String start = normalise(item.text()).substring(0, 60);
            int at = seed.indexOf(start);
            if (at < 0) {
                missing.add(item.numberOrBlank() + " " + start);
                continue;
            }
            if (item.hasNumber()) {
                // The number is printed just before the text ("2.18. The NHS ...", "3.43 We will ...").
                String before = seed.substring(Math.max(0, at - 12), at);
                assertTrue(before.matches("(?s).*\\b" + Pattern.quote(item.number()) + "\\.? $"),
                        item.number() + " is printed before its text: …" + before);
            }
            // The first citation after the text gives the page ("(NHS LTP p. 37)", "(NHS S LTP p. 38)").
            Matcher citation = Pattern.compile("\\(NHS (?:S )?LTP p\\. ?(\\d+)\\)").matcher(seed);
            assertTrue(citation.find(at), "citation after " + start);
            assertEquals(citation.group(1), String.valueOf(item.page()), "page of " + start);
        }
        assertEquals(List.of(), missing, "not found in seed 001 section 3");
    }

    private static void check(String seed, String text, List<String> missing) {
        if (!seed.contains(normalise(text))) {
            missing.add(text);
        }
    }

    /** Section 3 of seed 001, from its heading to "4. Conclusions", normalised. */
    static String section3() throws Exception {
        Path seed = SharedFiles.seeds().resolve("001_81c238048d846826.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        int start = text.indexOf("3. How does the NHS Long Term Plan link");
        int end = text.indexOf("4. Conclusions", start);
        assertTrue(start >= 0 && end > start, "section 3 of " + seed);
        return normalise(text.substring(start, end));
    }
}
