package org.crosswalk.ui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.ui.Selection;
import org.crosswalk.ui.WorkspaceSession;

/**
 * Presentation mode's state: one priority at a time, in the paper's order (themes, then their
 * priorities). The priority shown is the window's selected priority, so leaving presentation mode
 * keeps the place; quick notes and priorities are ordinary undoable edits.
 */
public final class PresentationViewModel {
    private final WorkspaceSession session;
    private final Selection selection;
    private final ReadOnlyObjectWrapper<Slide> slide = new ReadOnlyObjectWrapper<>(Slide.NONE);

    public PresentationViewModel(WorkspaceSession session, Selection selection) {
        this.session = session;
        this.selection = selection;
        session.contentProperty().addListener((o, old, now) -> refresh());
        selection.priorityProperty().addListener((o, old, now) -> refresh());
        if (selection.priority().isEmpty()) {
            first();
        }
        refresh();
    }

    ReadOnlyObjectProperty<Slide> slideProperty() {
        return slide.getReadOnlyProperty();
    }

    Slide slide() {
        return slide.get();
    }

    /** Notes and priorities can be added: a workspace is open for editing. */
    BooleanBinding editableProperty() {
        return session.editableProperty();
    }

    void next() {
        step(1);
    }

    void previous() {
        step(-1);
    }

    void first() {
        List<UUID> order = order();
        if (!order.isEmpty()) {
            selection.priorityProperty().set(order.get(0));
        }
    }

    void last() {
        List<UUID> order = order();
        if (!order.isEmpty()) {
            selection.priorityProperty().set(order.get(order.size() - 1));
        }
    }

    /**
     * Adds {@code text} as a new line of the shown priority's note (one undoable edit).
     *
     * @return false when there is nothing to add it to or nothing typed
     */
    boolean addNote(String text) {
        Slide shown = slide.get();
        if (shown.isEmpty() || text == null || text.isBlank() || !session.editableProperty().get()) {
            return false;
        }
        String note = shown.note().isBlank() ? text.strip() : shown.note().stripTrailing() + "\n" + text.strip();
        session.execute(OutlineEdits.setPriorityNote(shown.priorityId(), note));
        return true;
    }

    /**
     * Adds a priority at the end of the shown priority's theme (or the first theme) and shows it.
     *
     * @return false when there is no theme to add it to or nothing typed
     */
    boolean addPriority(String title) {
        Optional<UUID> theme = themeForNewPriority();
        if (theme.isEmpty() || title == null || title.isBlank() || !session.editableProperty().get()) {
            return false;
        }
        UUID id = UUID.randomUUID();
        session.execute(OutlineEdits.addPriority(theme.get(), id, title.strip()), done -> {
            if (done) {
                selection.priorityProperty().set(id);
            }
        });
        return true;
    }

    /** The theme a quickly added priority goes into, named in the entry's prompt. */
    Optional<String> themeNameForNewPriority() {
        WorkspaceContent content = session.content();
        return themeForNewPriority().flatMap(id -> content.themes().stream().filter(t -> t.id().equals(id))
                .map(Theme::title).findFirst());
    }

    private Optional<UUID> themeForNewPriority() {
        WorkspaceContent content = session.content();
        if (content == null) {
            return Optional.empty();
        }
        Slide shown = slide.get();
        if (!shown.isEmpty()) {
            return Optional.of(shown.themeId());
        }
        return content.themes().stream().findFirst().map(Theme::id);
    }

    private void step(int by) {
        List<UUID> order = order();
        if (order.isEmpty()) {
            return;
        }
        int at = order.indexOf(selection.priorityProperty().get());
        int to = at < 0 ? 0 : Math.max(0, Math.min(order.size() - 1, at + by));
        selection.priorityProperty().set(order.get(to));
    }

    /** Every priority in the paper's order. */
    private List<UUID> order() {
        WorkspaceContent content = session.content();
        List<UUID> order = new ArrayList<>();
        if (content != null) {
            for (Theme theme : content.themes()) {
                content.prioritiesOf(theme.id()).forEach(p -> order.add(p.id()));
            }
        }
        return order;
    }

    private void refresh() {
        WorkspaceContent content = session.content();
        Optional<Priority> shown = selection.priority();
        if (content == null || shown.isEmpty()) {
            slide.set(Slide.NONE);
            return;
        }
        Priority priority = shown.get();
        List<UUID> order = order();
        String theme = content.themes().stream().filter(t -> t.id().equals(priority.themeId())).map(Theme::title)
                .findFirst().orElse("");
        List<String> subItems = content.subItemsOf(priority.id()).stream().map(SubItem::text).toList();
        List<Slide.LinkedParagraph> links = new ArrayList<>();
        for (Link link : content.linksOf(priority.id())) {
            content.item(link.planItemId()).ifPresent(item -> links.add(paragraph(content, link, item)));
        }
        slide.set(new Slide(priority.id(), priority.themeId(), theme, order.indexOf(priority.id()) + 1, order.size(),
                priority.title(), subItems, links, priority.isNoMention() ? priority.noMention() : "",
                priority.note(), priority.lead()));
    }

    private static Slide.LinkedParagraph paragraph(WorkspaceContent content, Link link, PlanItem item) {
        String reference = item.hasNumber() ? item.number()
                : item.kind() == ItemKind.COMMITMENT ? "Key commitment" : item.kind().displayName();
        String quote = link.hasExcerpt() ? link.excerpt() : item.text();
        return new Slide.LinkedParagraph(reference, quote, content.citation(item),
                link.note() == null ? "" : link.note());
    }
}
