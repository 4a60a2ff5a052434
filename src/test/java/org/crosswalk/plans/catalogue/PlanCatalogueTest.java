package org.crosswalk.plans.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Section;
import org.junit.jupiter.api.Test;

/** The NHS Long Term Plan that ships with Crosswalk. */
class PlanCatalogueTest {
    static final List<String> QUOTED = List.of("1.11", "1.40", "1.43", "1.51", "2.9", "2.10", "2.11", "2.15",
            "2.18", "2.19", "2.20", "2.21", "2.32", "2.35", "2.38", "3.43", "3.53", "3.54", "3.55", "3.68", "3.69",
            "3.105", "5.12");

    private final PlanCatalogue catalogue = new PlanCatalogue();
    private final PlanContent plan = catalogue.load(PlanCatalogue.NHS_LONG_TERM_PLAN);

    @Test
    void builtInPlanIsListedAndLoads() {
        assertEquals(List.of("nhs-ltp-2019"), catalogue.keys());
        assertEquals("The NHS Long Term Plan (January 2019)", catalogue.describe("nhs-ltp-2019").orElseThrow());
        assertEquals("The NHS Long Term Plan", plan.plan().title());
        assertEquals("NHS LTP", plan.plan().label());
        assertEquals("January 2019", plan.plan().edition());
        assertTrue(plan.plan().attribution().contains("Open Government Licence v3.0"));
        assertThrows(IllegalArgumentException.class, () -> catalogue.load("nhs-ltp-2099"));
    }

    @Test
    void sevenChaptersWithThePlansTitles() {
        assertEquals(List.of(
                "Chapter 1: A new service model for the 21st century",
                "Chapter 2: More NHS action on prevention and health inequalities",
                "Chapter 3: Further progress on care quality and outcomes",
                "Chapter 4: NHS staff will get the backing they need",
                "Chapter 5: Digitally-enabled care will go mainstream across the NHS",
                "Chapter 6: Taxpayers' investment will be used to maximum effect",
                "Chapter 7: Next steps"), plan.chapters().stream().map(Chapter::heading).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), plan.chapters().stream().map(Chapter::position).toList());
    }

    @Test
    void theQuotedParagraphsArePresentOnceEachWithAPage() {
        Map<String, List<PlanItem>> byNumber = plan.items().stream().filter(PlanItem::hasNumber)
                .collect(Collectors.groupingBy(PlanItem::number));
        assertEquals(new HashSet<>(QUOTED), byNumber.keySet());
        for (String number : QUOTED) {
            assertEquals(1, byNumber.get(number).size(), number);
            PlanItem item = byNumber.get(number).get(0);
            assertEquals(ItemKind.PARAGRAPH, item.kind(), number);
            assertNotNull(item.page(), number);
            assertTrue(item.page() >= 15 && item.page() <= 119, number + " p. " + item.page());
            String chapter = number.substring(0, number.indexOf('.'));
            assertEquals(chapter, chapterOf(item).number(), number);
        }
        assertEquals(37, byNumber.get("2.18").get(0).page());
        assertEquals(72, byNumber.get("3.105").get(0).page());
    }

    @Test
    void outlineHasTheDocumentedShape() {
        assertEquals(45, plan.sections().size());
        Map<ItemKind, Long> kinds = plan.items().stream()
                .collect(Collectors.groupingBy(PlanItem::kind, Collectors.counting()));
        assertEquals(Map.of(ItemKind.COMMITMENT, 245L, ItemKind.PARAGRAPH, 23L, ItemKind.PROSE, 3L), kinds);
        Map<UUID, Section> sections = plan.sections().stream().collect(Collectors.toMap(Section::id,
                Function.identity()));
        for (PlanItem item : plan.items()) {
            chapterOf(item);
            if (item.sectionId() != null) {
                assertEquals(item.chapterId(), sections.get(item.sectionId()).chapterId(), item.text());
            }
            assertEquals(item.planId(), plan.plan().id());
        }
        for (int i = 0; i < plan.items().size(); i++) {
            assertEquals(i, plan.items().get(i).position());
        }
    }

    @Test
    void textsAreCleanOfCopyArtefacts() {
        for (PlanItem item : plan.items()) {
            String where = item.numberOrBlank() + " " + item.text();
            assertFalse(item.text().contains("**"), where);
            assertFalse(item.text().contains("(NHS LTP"), where);
            assertFalse(item.text().contains("facilitates social interaction"), where);
            assertEquals(item.text().strip(), item.text(), where);
            assertFalse(item.text().contains("  ") || item.text().contains("\n"), where);
        }
        assertTrue(item("2.10").text().contains("expectant mothers"));
        assertTrue(item("1.51").text().contains("Long Term Plan implementation."));
        assertTrue(item("2.20").text().contains("alcohol-related"));
        assertFalse(item("3.68").text().contains("England116"));
    }

    @Test
    void idsAreUniqueAndStableAcrossLoads() {
        List<UUID> ids = ids(plan);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids");
        PlanContent again = new PlanCatalogue().load(PlanCatalogue.NHS_LONG_TERM_PLAN);
        assertEquals(ids, ids(again));
        assertEquals(plan, again);
    }

    @Test
    void paragraphTextsEqualTheCleanTextsOfThePlanImportFixture() throws Exception {
        JsonNode fixture = new ObjectMapper().readTree(SharedFiles.fixture("ltp-excerpt.expected.json").toFile());
        Set<String> numbers = new HashSet<>(QUOTED);
        List<String> compared = new ArrayList<>();
        for (JsonNode paragraph : fixture.get("paragraphs")) {
            String number = paragraph.get("number").asText();
            if (numbers.contains(number)) {
                assertEquals(SharedFiles.normalise(paragraph.get("text").asText()),
                        SharedFiles.normalise(item(number).text()), number);
                compared.add(number);
            }
        }
        assertEquals(List.of("2.9", "2.10", "2.11", "2.15", "2.18", "2.19", "2.20", "2.21", "2.32", "2.35", "2.38",
                "3.43", "3.53", "3.54", "3.55", "3.68", "3.69"), compared);
    }

    private PlanItem item(String number) {
        return plan.items().stream().filter(i -> number.equals(i.number())).findFirst().orElseThrow();
    }

    private Chapter chapterOf(PlanItem item) {
        return plan.chapters().stream().filter(c -> c.id().equals(item.chapterId())).findFirst().orElseThrow();
    }

    private static List<UUID> ids(PlanContent content) {
        return Stream.of(Stream.of(content.plan().id()), content.chapters().stream().map(Chapter::id),
                content.sections().stream().map(Section::id), content.items().stream().map(PlanItem::id))
                .flatMap(Function.identity()).toList();
    }
}
