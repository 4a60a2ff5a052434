package org.crosswalk.ui.suggestions;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.crosswalk.model.Priority;

/** A row of the draft window's list: a priority's title, or one paragraph drafted for it. */
public sealed interface DraftRow {

    /** A priority, "Theme › Priority", above its drafts; checked when all of them are. */
    final class Heading implements DraftRow {
        private final Priority priority;
        private final String theme;
        private final List<Line> lines;
        private final BooleanBinding allChecked;
        private final BooleanBinding someChecked;

        Heading(Priority priority, String theme, List<Line> lines) {
            this.priority = priority;
            this.theme = theme;
            this.lines = List.copyOf(lines);
            ObservableValue<?>[] checks = lines.stream().map(Line::checkedProperty).toArray(ObservableValue[]::new);
            allChecked = Bindings.createBooleanBinding(() -> lines.stream().allMatch(Line::isChecked), checks);
            someChecked = Bindings.createBooleanBinding(() -> !allChecked.get()
                    && lines.stream().anyMatch(Line::isChecked), checks);
        }

        public Priority priority() {
            return priority;
        }

        public String theme() {
            return theme;
        }

        public List<Line> lines() {
            return lines;
        }

        public BooleanBinding allCheckedProperty() {
            return allChecked;
        }

        /** Some but not all of its drafts are checked. */
        public BooleanBinding someCheckedProperty() {
            return someChecked;
        }
    }

    /** A drafted paragraph, and whether it is checked for Accept or Dismiss. */
    final class Line implements DraftRow {
        private final SuggestedParagraph paragraph;
        private final BooleanProperty checked = new SimpleBooleanProperty();

        Line(SuggestedParagraph paragraph) {
            this.paragraph = paragraph;
        }

        public SuggestedParagraph paragraph() {
            return paragraph;
        }

        public BooleanProperty checkedProperty() {
            return checked;
        }

        public boolean isChecked() {
            return checked.get();
        }
    }
}
