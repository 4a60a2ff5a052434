package org.crosswalk.tables.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.crosswalk.model.PlanContent;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Citations matched in the built-in NHS Long Term Plan. */
class ItemMatcherTest {
    private static ItemMatcher matcher;

    @BeforeAll
    static void plan() {
        PlanContent plan = new PlanCatalogue().load(PlanCatalogue.NHS_LONG_TERM_PLAN);
        matcher = new ItemMatcher(plan.plan(), plan.items());
    }

    private static ItemMatcher.Result match(String cell) {
        return matcher.match(CitationReader.read(cell).passages().get(0));
    }

    private static String number(ItemMatcher.Result result) {
        var item = result.found().get(0).item();
        return item.hasNumber() ? item.number() : "p. " + item.page();
    }

    @Test
    void unnumberedQuotesTheirPageAndAListNumberTypedBeforeThem() {
        assertEquals("p. 37", number(match("The NHS will therefore provide a targeted support offer and access to "
                + "weight management services (NHS LTP p. 37)")));
        ItemMatcher.Result listed = match("16. Looking beyond healthcare provision, the NHS has a wider role to play "
                + "in influencing the shape of local communities. (NHS LTP p. 119)");
        assertEquals("p. 119", number(listed));
        assertEquals("Looking beyond healthcare provision, the NHS has a wider role to play in influencing the shape "
                + "of local communities.", listed.found().get(0).excerpt());
    }

    @Test
    void aQuoteWithPartsLeftOutLinksTheWholeParagraph() {
        ItemMatcher.Result result = match("“Alcohol contributes to conditions including cardiovascular disease […] "
                + "this could prevent 50,000 admissions over five years.” (NHS LTP p. 38)");
        assertEquals("2.20", number(result));
        assertNull(result.found().get(0).excerpt());
    }

    @Test
    void aWrongNumberWithWordingThePlanHoldsFindsTheParagraphByItsWording() {
        ItemMatcher.Result result = match("2.81. The NHS Diabetes Prevention Programme supports those at high risk "
                + "of type 2 diabetes to reduce their risk. (NHS LTP p. 37)");
        assertEquals("2.15", number(result));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void wordingTooShortToFindOrHeldNowhereIsAProblem() {
        assertEquals(List.of("no paragraph of NHS LTP holds this wording"), match("“the NHS”").problems());
        assertEquals(List.of("paragraph 9.99 is not in NHS LTP"), match("9.99").problems());
    }
}
