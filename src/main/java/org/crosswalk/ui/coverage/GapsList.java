package org.crosswalk.ui.coverage;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crosswalk.export.coverage.PlanCoverage;

/** "Not addressed": the chapters, and sections of other chapters, that no priority links to. */
final class GapsList extends VBox {
    private final ListView<String> list = new ListView<>();
    private final Label heading = new Label();

    GapsList(CoverageViewModel model) {
        super(8);
        setPadding(new Insets(8));
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true);
        heading.setLabelFor(list);
        list.setId("coverageGaps");
        list.setPlaceholder(new Label("Every chapter and section has at least one linked paragraph."));
        getChildren().addAll(heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        model.planProperty().addListener((o, old, now) -> show(now));
        show(model.planProperty().get());
    }

    private void show(PlanCoverage plan) {
        List<String> lines = new ArrayList<>();
        if (plan != null) {
            for (PlanCoverage.Gap gap : plan.unaddressed()) {
                lines.add(gap.wholeChapter() ? gap.chapter().heading() + " — the whole chapter"
                        : gap.chapter().heading() + " › " + gap.section().title());
            }
        }
        heading.setText(plan == null ? "No national plan in this workspace."
                : "Parts of " + plan.plan().title() + " that no local priority links to (" + lines.size() + ")");
        list.getItems().setAll(lines);
    }

    ListView<String> list() {
        return list;
    }
}
