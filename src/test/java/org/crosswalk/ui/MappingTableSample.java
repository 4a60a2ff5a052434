package org.crosswalk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.plans.catalogue.PlanCatalogue;
import org.crosswalk.plans.reading.ParsedPlans;
import org.crosswalk.plans.reading.PlanDetails;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.PlanEdits;
import org.crosswalk.tables.TableFixtures;

/**
 * A board paper in Word as an officer types it: a table of contacts, then the mapping table with
 * a theme row, priorities citing "2.18." and a quote with "(NHS LTP p. 37)", one citing a
 * paragraph the plan lacks, and one with no mention. And new workspaces to import it into.
 */
final class MappingTableSample {
    static final String LACKING = "9.99";

    private MappingTableSample() {
    }

    static Path word(Path file) throws Exception {
        XWPFDocument document = TableFixtures.wordDocument();
        document.createParagraph().createRun().setText("3. How does the Long Term Plan link with our priorities?");
        TableFixtures.table(document, List.of("Contact", "Date"), List.of(List.of("Public Health team", "14 February 2019")));
        TableFixtures.table(document, List.of("HIB Priority", "NHS Long Term Plan objective"), List.of(
                List.of("Prevent"),
                List.of("Reduce smoking prevalence", "2.18. The NHS will continue to take action on healthy NHS "
                        + "premises. (NHS LTP p. 37)"),
                List.of("Enable people to eat healthily\n• Healthy food in hospitals", "“Nutrition training, and an "
                        + "understanding of what is involved in achieving and maintaining a healthy weight, varies "
                        + "between medical schools.” (NHS LTP p. 37)"),
                List.of("Promote active travel", LACKING + ". Every town will have safe cycle lanes to its hospital. "
                        + "(NHS LTP p. 99)"),
                List.of("Immunisation", "No specific mention in the Long Term Plan.")));
        return TableFixtures.save(document, file);
    }

    /** A new, closed workspace holding only the built-in plan (and, if asked, a second plan "CHP"). */
    static Path workspace(UiServices services, Path file, boolean secondPlan) throws Exception {
        Files.createDirectories(file.getParent());
        try (Workspace workspace = services.files().create(file, "Test Health Improvement Board", "Mapping")) {
            workspace.history().execute(PlanEdits.addPlan(new PlanCatalogue().load(PlanCatalogue.NHS_LONG_TERM_PLAN)));
            if (secondPlan) {
                workspace.history().execute(PlanEdits.addPlan(ParsedPlans.toContent(ImportSample.plan(),
                        new PlanDetails("The Community Health Plan", "CHP", "March 2025", null, null, "test"))));
            }
        }
        return file;
    }
}
