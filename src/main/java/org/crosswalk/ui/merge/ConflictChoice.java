package org.crosswalk.ui.merge;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crosswalk.store.merge.Choice;
import org.crosswalk.store.merge.Conflict;

/** One difference to decide, with the room's choice (null until made). */
public final class ConflictChoice {
    private final Conflict conflict;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();

    ConflictChoice(Conflict conflict) {
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public String heading() {
        return MergeWording.heading(conflict.kind());
    }

    public String label(Choice option) {
        return MergeWording.choice(conflict.kind(), option);
    }
}
