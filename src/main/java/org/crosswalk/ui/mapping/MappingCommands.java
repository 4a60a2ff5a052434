package org.crosswalk.ui.mapping;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import org.crosswalk.model.Link;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.ui.Command;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.Selection;
import org.crosswalk.ui.WorkspaceSession;

/** Linking, unlinking and "no mention": the mapping's commands, enabled by the selection. */
public final class MappingCommands {
    private final WorkspaceSession session;
    private final Selection selection;
    private final DialogService dialogs;
    private final Command link;
    private final Command unlink;
    private final Command markNoMention;
    private final Command clearNoMention;
    private final LinkReviews reviews;

    public MappingCommands(WorkspaceSession session, Selection selection, DialogService dialogs) {
        this.session = session;
        this.selection = selection;
        this.dialogs = dialogs;
        link = new Command(when(() -> canLink(selection.planItemProperty().get(), selection.priorityProperty().get())),
                this::linkSelected);
        unlink = new Command(when(() -> selection.link().isPresent()), this::unlinkSelected);
        markNoMention = new Command(when(() -> selection.priority()
                .filter(p -> !p.isNoMention() && session.content().linksOf(p.id()).isEmpty()).isPresent()),
                this::markSelectedNoMention);
        clearNoMention = new Command(when(() -> selection.priority().filter(Priority::isNoMention).isPresent()),
                () -> selection.priority().ifPresent(p -> session.execute(LinkEdits.clearNoMention(p.id()))));
        reviews = new LinkReviews(session, selection);
    }

    private BooleanBinding when(java.util.concurrent.Callable<Boolean> test) {
        return session.editableWhen(test, selection.planItemProperty(), selection.priorityProperty(),
                selection.linkProperty());
    }

    public Command link() {
        return link;
    }

    public Command unlink() {
        return unlink;
    }

    public Command markNoMention() {
        return markNoMention;
    }

    public Command clearNoMention() {
        return clearNoMention;
    }

    /** The links waiting for review after a new edition of their plan, and what can be done with them. */
    public LinkReviews reviews() {
        return reviews;
    }

    /** True when the item can be linked to the priority now (both exist and are not linked yet). */
    public boolean canLink(UUID itemId, UUID priorityId) {
        WorkspaceContent content = session.content();
        return itemId != null && priorityId != null && content != null && session.editableProperty().get()
                && content.item(itemId).isPresent() && content.priority(priorityId).isPresent()
                && content.link(priorityId, itemId).isEmpty();
    }

    /** Links a plan item to a priority (used by drag and drop as well as the Link command). */
    public void link(UUID itemId, UUID priorityId) {
        if (canLink(itemId, priorityId)) {
            UUID linkId = UUID.randomUUID();
            session.execute(LinkEdits.link(priorityId, itemId, linkId));
            // Show the new link selected in the table, as confirmation of what was linked.
            selection.linkProperty().set(linkId);
        } else if (itemId != null && priorityId != null && session.content() != null
                && session.content().link(priorityId, itemId).isPresent()) {
            session.statusProperty().set("Already linked");
        }
    }

    private void linkSelected() {
        link(selection.planItemProperty().get(), selection.priorityProperty().get());
    }

    private void unlinkSelected() {
        selection.link().ifPresent(l -> session.execute(LinkEdits.unlink(l.id())));
    }

    public void editLink(UUID linkId, String excerpt, Relevance relevance, String note) {
        session.execute(LinkEdits.editLink(linkId, excerpt, relevance, note));
    }

    private void markSelectedNoMention() {
        selection.priority().ifPresent(priority -> dialogs.askText("Not mentioned in the plan",
                "What should the paper say for “" + priority.title() + "”?", defaultWording())
                .ifPresent(wording -> session.execute(LinkEdits.markNoMention(priority.id(), wording))));
    }

    /** "No specific mention in the Long Term Plan." for the LTP; generic otherwise. */
    String defaultWording() {
        WorkspaceContent content = session.content();
        if (content != null && content.plans().size() == 1) {
            Plan plan = content.plans().get(0);
            String name = plan.title().replaceFirst("^The NHS ", "the ");
            return "No specific mention in " + name + ".";
        }
        return "No specific mention in the national plan.";
    }

    /** A short reference for status lines: "2.18 (NHS LTP p. 37)". */
    public static String reference(WorkspaceContent content, PlanItem item) {
        return (item.hasNumber() ? item.number() + " " : "") + content.citation(item);
    }

    public Optional<Link> selectedLink() {
        return selection.link();
    }
}
