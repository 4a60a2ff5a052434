package org.crosswalk.ui.paper;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.PaperSettings.QuoteMode;

/** The paper settings as editable properties, loaded from and turned back into {@link PaperSettings}. */
public final class PaperSettingsForm {
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty board = new SimpleStringProperty("");
    public final StringProperty meetingDate = new SimpleStringProperty("");
    public final StringProperty reference = new SimpleStringProperty("");
    public final StringProperty authors = new SimpleStringProperty("");
    public final StringProperty introduction = new SimpleStringProperty("");
    public final StringProperty recommendations = new SimpleStringProperty("");
    public final StringProperty priorityHeading = new SimpleStringProperty("");
    public final StringProperty planHeading = new SimpleStringProperty("");
    public final StringProperty citationFormat = new SimpleStringProperty("");
    public final ObjectProperty<QuoteMode> quoteMode = new SimpleObjectProperty<>(QuoteMode.EXCERPT_WHERE_SET);
    public final BooleanProperty includeSubItems = new SimpleBooleanProperty(true);
    public final BooleanProperty includeCoverageSummary = new SimpleBooleanProperty();
    public final BooleanProperty includeUnaddressedAppendix = new SimpleBooleanProperty();

    public void load(PaperSettings settings) {
        title.set(settings.title());
        board.set(settings.board());
        meetingDate.set(settings.meetingDate());
        reference.set(settings.reference());
        authors.set(settings.authors());
        introduction.set(settings.introduction());
        recommendations.set(settings.recommendations());
        priorityHeading.set(settings.priorityHeading());
        planHeading.set(settings.planHeading());
        citationFormat.set(settings.citationFormat());
        quoteMode.set(settings.quoteMode());
        includeSubItems.set(settings.includeSubItems());
        includeCoverageSummary.set(settings.includeCoverageSummary());
        includeUnaddressedAppendix.set(settings.includeUnaddressedAppendix());
    }

    public PaperSettings toSettings() {
        return new PaperSettings(title.get(), board.get(), meetingDate.get(), reference.get(), authors.get(),
                introduction.get(), recommendations.get(), priorityHeading.get(), planHeading.get(),
                citationFormat.get(), quoteMode.get(), includeSubItems.get(), includeCoverageSummary.get(),
                includeUnaddressedAppendix.get());
    }

    /** Every property, for bindings that must follow any change. */
    public Observable[] all() {
        return new Observable[] {title, board, meetingDate, reference, authors, introduction, recommendations,
            priorityHeading, planHeading, citationFormat, quoteMode, includeSubItems, includeCoverageSummary,
            includeUnaddressedAppendix};
    }
}
