package org.crosswalk.ui;

import static org.crosswalk.model.ItemKind.CASE_STUDY;
import static org.crosswalk.model.ItemKind.PARAGRAPH;

import java.util.List;
import org.crosswalk.plans.reading.ParsedChapter;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;

/**
 * A parsed plan built by hand, with the faults a reader leaves: 1.2 cut in two at a page break
 * (its second half unnumbered on page 11), 1.3 and 1.4 run together, a case study, two chapters.
 */
final class ImportSample {
    static final String SPLIT_HERE = "1.4 Community health services";

    private ImportSample() {
    }

    static ParsedPlan plan() {
        return new ParsedPlan("The Community Health Plan",
                List.of(new ParsedChapter("1", "A new service model", 10, 12),
                        new ParsedChapter("2", "Prevention and health inequalities", 33, 35)),
                List.of(new ParsedItem("1.1", 10, null, 12, 0, null, PARAGRAPH,
                                "The plan sets out how services will change over ten years."),
                        new ParsedItem("1.2", 10, null, 12, 0, "Primary care", PARAGRAPH,
                                "We will boost out-of-hospital care, and finally"),
                        new ParsedItem(null, 11, null, 13, 0, "Primary care", PARAGRAPH,
                                "dissolve the historic divide between primary and community health services."),
                        new ParsedItem("1.3", 11, null, 13, 0, "Primary care", PARAGRAPH,
                                "Every practice will join a network. " + SPLIT_HERE + " will be expanded."),
                        new ParsedItem(null, 12, null, 14, 0, "Primary care", CASE_STUDY,
                                "Case study: a practice network in the east of the county."),
                        new ParsedItem("2.1", 33, null, 35, 1, "Smoking", PARAGRAPH,
                                "All smokers admitted to hospital will be offered support to stop."),
                        new ParsedItem("2.2", 34, null, 36, 1, "Smoking", PARAGRAPH,
                                "Pregnant women and their partners will be offered help to quit."),
                        new ParsedItem("2.3", 35, null, 37, 1, "Obesity", PARAGRAPH,
                                "We will double the Diabetes Prevention Programme.")),
                true,
                List.of("Left out the contents pages (pages 2 to 5).",
                        "The heading above 1.1 was unclear, so 1.1 has no section."));
    }
}
