package org.crosswalk.ui.mapping;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosswalk.model.Link;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.ui.Command;
import org.crosswalk.ui.Selection;
import org.crosswalk.ui.WorkspaceSession;

/** The selected link's excerpt, relevance and note, edited and then applied as one edit. */
public final class LinkEditorViewModel {
    private final WorkspaceSession session;
    private final Selection selection;
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty excerpt = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Relevance> relevance = new SimpleObjectProperty<>(Relevance.DIRECT);
    private final ObjectProperty<Link> link = new SimpleObjectProperty<>();
    private final BooleanBinding hasLink = link.isNotNull();
    private final Command apply;

    public LinkEditorViewModel(WorkspaceSession session, Selection selection, MappingCommands commands) {
        this.session = session;
        this.selection = selection;
        BooleanBinding changed = Bindings.createBooleanBinding(this::isChanged, link, excerpt, note, relevance);
        apply = new Command(session.editableProperty().and(hasLink).and(changed), this::applyChanges);
        selection.linkProperty().addListener((o, old, now) -> load());
        session.contentProperty().addListener((o, old, now) -> load());
        load();
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty excerptProperty() {
        return excerpt;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Relevance> relevanceProperty() {
        return relevance;
    }

    public BooleanBinding hasLinkProperty() {
        return hasLink;
    }

    public Command apply() {
        return apply;
    }

    private void load() {
        Link current = selection.link().orElse(null);
        WorkspaceContent content = session.content();
        link.set(current);
        if (current == null || content == null) {
            heading.set("Select a linked paragraph in the table to add an excerpt, relevance or note.");
            excerpt.set("");
            note.set("");
            relevance.set(Relevance.DIRECT);
            return;
        }
        String item = content.item(current.planItemId()).map(i -> MappingCommands.reference(content, i)).orElse("");
        String priority = content.priority(current.priorityId()).map(p -> p.title()).orElse("");
        heading.set(item + "  →  " + priority);
        excerpt.set(current.excerpt() == null ? "" : current.excerpt());
        note.set(current.note());
        relevance.set(current.relevance());
    }

    private boolean isChanged() {
        Link current = link.get();
        if (current == null) {
            return false;
        }
        String savedExcerpt = current.excerpt() == null ? "" : current.excerpt();
        return !Objects.equals(savedExcerpt, excerpt.get().strip()) || !Objects.equals(current.note(), note.get().strip())
                || current.relevance() != relevance.get();
    }

    private void applyChanges() {
        Link current = link.get();
        session.execute(org.crosswalk.store.edit.LinkEdits.editLink(current.id(), excerpt.get(), relevance.get(),
                note.get()));
    }
}
