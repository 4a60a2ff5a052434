package org.crosswalk.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosswalk.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosswalk suggest} on the sample workspace, in-process: listing, JSON, limits and refusals. */
class SuggestCommandTest {
    /** The sample's plan: paragraph 2.9 (p. 35, section "Smoking") is its first smoking paragraph. */
    private static final String P29_START = "First, the NHS will therefore make a significant new contribution";
    private static final Pattern ENTRY = Pattern.compile("(?m)^ ?\\d+\\. ");

    @TempDir
    Path home;

    private Cli cli;
    private Path sample;

    @BeforeEach
    void writeSample() {
        cli = new Cli(home);
        sample = home.resolve("oxon.crosswalk");
        assertEquals(0, cli.run("sample", "--out", sample.toString()).exit());
    }

    @Test
    void smokingParagraphsComeFirstAsJsonWithEveryField() throws Exception {
        byte[] before = Files.readAllBytes(sample);
        Cli.Result result = cli.run("suggest", sample.toString(), "--priority", "Help people stop smoking", "--json");

        assertEquals(0, result.exit(), result::toString);
        assertEquals("", result.err());
        JsonNode array = new ObjectMapper().readTree(result.out());
        assertTrue(array.isArray(), result.out());
        assertTrue(array.size() >= 3 && array.size() <= SuggestCommand.DEFAULT_TOP, result.out());
        for (int i = 0; i < 3; i++) {
            assertEquals("Smoking", array.get(i).get("section").asText(), "suggestion " + (i + 1) + ": " + array.get(i));
        }
        JsonNode p29 = find(array, "2.9");
        assertEquals("NHS LTP", p29.get("plan").asText());
        assertEquals(35, p29.get("page").asInt());
        assertTrue(p29.get("text").asText().startsWith(P29_START), "the whole text: " + p29.get("text"));
        assertTrue(p29.get("text").asText().endsWith("tobacco treatment services."), p29.get("text").asText());
        double previous = Double.MAX_VALUE;
        for (JsonNode row : array) {
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            assertTrue(names.containsAll(List.of("plan", "number", "page", "section", "text", "score", "matched")),
                    names.toString());
            assertTrue(row.get("score").isNumber() && row.get("score").asDouble() > 0, row.toString());
            assertTrue(row.get("score").asDouble() <= previous, "best first");
            previous = row.get("score").asDouble();
            assertTrue(row.get("matched").isArray() && row.get("matched").size() > 0, row.toString());
            assertFalse(row.get("text").asText().contains("\u0002") || row.get("text").asText().contains("\u0003"),
                    "no match markers in the text");
            assertTrue(row.get("number").isNull() || row.get("number").isTextual(), row.toString());
            assertTrue(row.get("page").isNull() || row.get("page").isInt(), row.toString());
        }
        assertTrue(p29.get("matched").toString().toLowerCase().contains("smok"), p29.toString());
        JsonNode commitment = null;
        for (JsonNode row : array) {
            if (row.get("number").isNull()) {
                commitment = row;
            }
        }
        assertTrue(commitment != null && commitment.get("page").isNull(),
                "the sample's key commitments have neither number nor page: " + array);
        assertArrayEquals(before, Files.readAllBytes(sample), "the workspace is opened read-only");
    }

    @Test
    void tenByDefaultWhenThePlanHasThem() throws Exception {
        Cli.Result result = cli.run("suggest", sample.toString(), "--priority", "Better mental health for children "
                + "and young people", "--json");
        assertEquals(0, result.exit(), result::toString);
        assertEquals(SuggestCommand.DEFAULT_TOP, new ObjectMapper().readTree(result.out()).size(), result.out());
    }

    @Test
    void thePlainListingNumbersCitesAndMarksTheMatchedWords() throws Exception {
        Cli.Result result = cli.run("suggest", sample.toString(), "--priority", "Help people stop smoking");
        int suggestions = new ObjectMapper().readTree(cli.run("suggest", sample.toString(), "--priority",
                "Help people stop smoking", "--json").out()).size();

        assertEquals(0, result.exit(), result::toString);
        String out = result.out();
        assertEquals(suggestions, ENTRY.matcher(out).results().count(), out);
        assertTrue(out.startsWith("Plan paragraphs for “Help people stop smoking”, best first"), out);
        assertTrue(out.contains("\n1. NHS LTP") || out.contains("\n 1. NHS LTP"), out);
        assertTrue(out.contains(". NHS LTP 2.9, p. 35 — Smoking  (score "), out);
        assertTrue(Pattern.compile("\\(score \\d+\\.\\d\\d\\)").matcher(out).find(), out);
        assertTrue(out.contains("[smok") || out.contains("[Smok"), out);
        assertTrue(out.contains("matched: “"), out);
        assertTrue(out.contains("(your wording)") && out.contains("(thesaurus: "), out);
        assertTrue(out.contains("NHS LTP, commitment — Smoking"), "an unnumbered item by its kind and section: " + out);
        assertFalse(out.contains("\u0002") || out.contains("\u0003"), "markers turned into brackets");
        for (String line : out.lines().toList()) {
            if (!line.strip().startsWith("matched:")) {
                assertTrue(line.length() <= 200, "shortened: " + line);
            }
        }
    }

    @Test
    void topChoosesHowManyAndSubItemsAndNoteAreSearchedToo() throws Exception {
        Cli.Result three = cli.run("suggest", sample.toString(), "--priority", "Help people stop smoking", "--top", "3",
                "--json");
        assertEquals(0, three.exit(), three::toString);
        assertEquals(3, new ObjectMapper().readTree(three.out()).size());
        Cli.Result plain = cli.run("suggest", sample.toString(), "--priority", "Help people stop smoking", "--top", "3");
        assertEquals(3, ENTRY.matcher(plain.out()).results().count(), plain.out());

        // A title that says nothing about smoking: the sub-item, or the note, brings the smoking paragraphs in.
        assertFalse(sections(cli.run("suggest", sample.toString(), "--priority", "A fair start", "--json"))
                .contains("Smoking"));
        assertTrue(sections(cli.run("suggest", sample.toString(), "--priority", "A fair start", "--sub",
                "Stop smoking support", "--json")).contains("Smoking"));
        assertTrue(sections(cli.run("suggest", sample.toString(), "--priority", "A fair start", "--note",
                "Stop smoking support", "--json")).contains("Smoking"));
        Cli.Result withSub = cli.run("suggest", sample.toString(), "--priority", "A fair start", "--sub",
                "Stop smoking support", "--sub", " ", "--top", "2");
        assertTrue(withSub.out().contains("(with 1 sub-item)"), "blank sub-items are dropped: " + withSub.out());
    }

    private static List<String> sections(Cli.Result result) throws Exception {
        assertEquals(0, result.exit(), result::toString);
        List<String> sections = new ArrayList<>();
        new ObjectMapper().readTree(result.out()).forEach(row -> sections.add(row.get("section").asText()));
        return sections;
    }

    @Test
    void topOutsideOneToAHundredIsAUsageError() {
        for (String top : List.of("0", "101", "-3")) {
            Cli.Result result = cli.run("suggest", sample.toString(), "--priority", "smoking", "--top", top);
            assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
            assertTrue(result.err().contains("--top must be a whole number from 1 to 100"), result.err());
            assertTrue(result.errIsPlain(), result.err());
            assertEquals("", result.out());
        }
        Cli.Result words = cli.run("suggest", sample.toString(), "--priority", "smoking", "--top", "ten");
        assertEquals(ExitCodes.USAGE, words.exit(), words::toString);
        Cli.Result missing = cli.run("suggest", sample.toString());
        assertEquals(ExitCodes.USAGE, missing.exit(), "--priority is required: " + missing);
        assertTrue(missing.err().contains("--priority"), missing.err());
    }

    @Test
    void anEmptyPriorityIsRefused() {
        for (String text : List.of("", "   ")) {
            Cli.Result result = cli.run("suggest", sample.toString(), "--priority", text);
            assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
            assertTrue(result.err().contains("The priority is empty"), result.err());
            assertTrue(result.errIsPlain(), result.err());
        }
    }

    @Test
    void aMissingFileIsAPlainMessage() {
        Path missing = home.resolve("nowhere.crosswalk");
        Cli.Result result = cli.run("suggest", missing.toString(), "--priority", "smoking");
        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
        assertTrue(result.err().contains("nowhere.crosswalk") && result.err().contains("not found"), result.err());
        assertTrue(result.errIsPlain(), result.err());
        assertFalse(Files.exists(missing), "nothing created");
    }

    @Test
    void noMatchIsSaidPlainlyOrAnEmptyArray() throws Exception {
        Cli.Result plain = cli.run("suggest", sample.toString(), "--priority", "Zyxwv qqqq");
        assertEquals(0, plain.exit(), plain::toString);
        assertTrue(plain.out().startsWith("No plan paragraph matches “Zyxwv qqqq”"), plain.out());
        Cli.Result json = cli.run("suggest", sample.toString(), "--priority", "Zyxwv qqqq", "--json");
        assertEquals(0, json.exit(), json::toString);
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertTrue(array.isArray() && array.isEmpty(), json.out());
    }

    @Test
    void aWorkspaceWithoutPlansIsExplained() throws Exception {
        Path empty = home.resolve("empty.crosswalk");
        try (Workspace workspace = cli.wiring().files().create(empty, "Test Board", "No plans yet")) {
            assertTrue(workspace.load().plans().isEmpty());
        }
        Cli.Result result = cli.run("suggest", empty.toString(), "--priority", "smoking", "--json");
        assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
        assertTrue(result.err().contains("holds no national plan"), result.err());
        assertTrue(result.errIsPlain(), result.err());
        assertEquals("", result.out());
    }

    @Test
    void aLongSnippetIsShortenedAroundItsMatchesAtWordBoundaries() {
        String words = "word ".repeat(60);
        String snippet = words + "the \u0002smoking\u0003 \u0002cessation\u0003 offer and \u0002tobacco\u0003 "
                + "treatment in a \u0002smoke\u0003-\u0002free\u0003 pathway " + words;
        String shown = SuggestCommand.shortened(snippet, 160);
        assertTrue(shown.contains("[smoking cessation]") && shown.contains("[tobacco]")
                && shown.contains("[smoke-free]"), "neighbouring matches in one bracket: " + shown);
        assertTrue(shown.startsWith("…word ") && shown.endsWith("word…"), shown);
        assertTrue(shown.length() <= 170, shown.length() + ": " + shown);
        assertEquals("A [short] one.", SuggestCommand.shortened("A \u0002short\u0003 one.", 160));
    }

    private static JsonNode find(JsonNode array, String number) {
        for (JsonNode row : array) {
            if (number.equals(row.get("number").asText(null))) {
                return row;
            }
        }
        throw new AssertionError(number + " not in " + array);
    }
}
