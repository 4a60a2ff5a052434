package org.crosswalk.ui.priorities;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crosswalk.model.Priority;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.OutlineEdits;
import org.crosswalk.ui.Command;
import org.crosswalk.ui.DialogService;
import org.crosswalk.ui.Selection;
import org.crosswalk.ui.WorkspaceSession;

/** The board's outline: which node is selected, and the commands that change the outline. */
public final class PrioritiesViewModel {
    private final WorkspaceSession session;
    private final DialogService dialogs;
    private final ObjectProperty<OutlineRef> selected = new SimpleObjectProperty<>();
    /** A node created by the last add, to select once it appears. */
    private final ObjectProperty<OutlineRef> pending = new SimpleObjectProperty<>();
    private final Command addTheme;
    private final Command addPriority;
    private final Command addSubItem;
    private final Command rename;
    private final Command delete;
    private final Command moveUp;
    private final Command moveDown;
    private final Command editNote;
    private final Command editBoard;

    public PrioritiesViewModel(WorkspaceSession session, Selection selection, DialogService dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        selected.addListener((o, old, now) -> selection.priorityProperty().set(priorityOf(now).orElse(null)));
        selection.priorityProperty().addListener((o, old, now) -> {
            if (now != null && !priorityOf(selected.get()).map(now::equals).orElse(false)) {
                selected.set(OutlineRef.priority(now));
            }
        });
        addTheme = new Command(session.editableProperty(), this::doAddTheme);
        addPriority = new Command(when(() -> themeOf(selected.get()).isPresent()), this::doAddPriority);
        addSubItem = new Command(when(() -> priorityOf(selected.get()).isPresent()), this::doAddSubItem);
        rename = new Command(when(() -> selected.get() != null), this::doRename);
        delete = new Command(when(() -> selected.get() != null), this::doDelete);
        moveUp = new Command(when(() -> canStep(-1)), () -> step(-1));
        moveDown = new Command(when(() -> canStep(1)), () -> step(1));
        editNote = new Command(when(() -> priorityOf(selected.get()).isPresent()), this::doEditNote);
        editBoard = new Command(when(() -> true), this::doEditBoard);
    }

    private BooleanBinding when(java.util.concurrent.Callable<Boolean> test) {
        return session.editableWhen(test, selected);
    }

    public ObjectProperty<OutlineRef> selectedProperty() {
        return selected;
    }

    public ObjectProperty<OutlineRef> pendingProperty() {
        return pending;
    }

    public Command addTheme() {
        return addTheme;
    }

    public Command addPriority() {
        return addPriority;
    }

    public Command addSubItem() {
        return addSubItem;
    }

    public Command rename() {
        return rename;
    }

    public Command delete() {
        return delete;
    }

    public Command moveUp() {
        return moveUp;
    }

    public Command moveDown() {
        return moveDown;
    }

    public Command editNote() {
        return editNote;
    }

    public Command editBoard() {
        return editBoard;
    }

    /** Applies a drag of one outline node onto another, if that makes sense. */
    public void drop(OutlineRef dragged, OutlineRef target) {
        if (session.editableProperty().get() && session.content() != null) {
            OutlineMoves.drop(session.content(), dragged, target).ifPresent(session::execute);
        }
    }

    private void doAddTheme() {
        dialogs.askText("Add theme", "Title of the new theme (for example “Healthy places”):", "")
                .ifPresent(title -> {
                    UUID id = UUID.randomUUID();
                    run(OutlineEdits.addTheme(session.content().board().id(), id, title), OutlineRef.theme(id));
                });
    }

    private void doAddPriority() {
        themeOf(selected.get()).ifPresent(themeId -> dialogs.askText("Add priority",
                "Wording of the new priority:", "").ifPresent(title -> {
                    UUID id = UUID.randomUUID();
                    run(OutlineEdits.addPriority(themeId, id, title), OutlineRef.priority(id));
                }));
    }

    private void doAddSubItem() {
        priorityOf(selected.get()).ifPresent(priorityId -> dialogs.askText("Add sub-item",
                "Text of the new sub-item:", "").ifPresent(text -> {
                    UUID id = UUID.randomUUID();
                    run(OutlineEdits.addSubItem(priorityId, id, text), OutlineRef.subItem(id));
                }));
    }

    private void doRename() {
        OutlineRef ref = selected.get();
        WorkspaceContent content = session.content();
        switch (ref.kind()) {
            case THEME -> content.theme(ref.id()).ifPresent(theme -> dialogs.askText("Rename theme",
                    "New title of the theme:", theme.title())
                    .ifPresent(title -> session.execute(OutlineEdits.renameTheme(ref.id(), title))));
            case PRIORITY -> content.priority(ref.id()).ifPresent(priority -> dialogs.askText("Rename priority",
                    "New wording of the priority:", priority.title())
                    .ifPresent(title -> session.execute(OutlineEdits.renamePriority(ref.id(), title))));
            case SUB_ITEM -> content.subItem(ref.id()).ifPresent(subItem -> dialogs.askText("Edit sub-item",
                    "New text of the sub-item:", subItem.text())
                    .ifPresent(text -> session.execute(OutlineEdits.editSubItem(ref.id(), text))));
        }
    }

    private void doDelete() {
        OutlineRef ref = selected.get();
        WorkspaceContent content = session.content();
        String question = switch (ref.kind()) {
            case THEME -> content.theme(ref.id()).map(t -> "Delete the theme “" + t.title() + "” with its "
                    + content.prioritiesOf(t.id()).size() + " priorities and their links?").orElse(null);
            case PRIORITY -> content.priority(ref.id()).map(p -> "Delete the priority “" + p.title() + "” with its "
                    + content.subItemsOf(p.id()).size() + " sub-items and " + content.linksOf(p.id()).size()
                    + " links?").orElse(null);
            case SUB_ITEM -> content.subItem(ref.id()).map(s -> "Delete the sub-item “" + s.text() + "”?")
                    .orElse(null);
        };
        if (question != null && dialogs.confirm("Delete", question + " You can undo this with Ctrl+Z.", "Delete")) {
            session.execute(switch (ref.kind()) {
                case THEME -> OutlineEdits.deleteTheme(ref.id());
                case PRIORITY -> OutlineEdits.deletePriority(ref.id());
                case SUB_ITEM -> OutlineEdits.deleteSubItem(ref.id());
            });
        }
    }

    private void doEditNote() {
        priorityOf(selected.get()).flatMap(session.content()::priority).ifPresent(priority -> dialogs.askText(
                "Priority note", "Note on “" + priority.title() + "” (leave empty to remove it):", priority.note())
                .ifPresent(note -> session.execute(OutlineEdits.setPriorityNote(priority.id(), note))));
    }

    private void doEditBoard() {
        org.crosswalk.model.Board board = session.content().board();
        dialogs.askText("Board", "Name of the board (for example “Oxfordshire Health Improvement Board”):",
                board.name()).ifPresent(name -> dialogs.askText("Board", "Title of this mapping (shown on papers):",
                        board.title())
                .ifPresent(title -> session.execute(OutlineEdits.renameBoard(board.id(), name, title))));
    }

    private boolean canStep(int delta) {
        return selected.get() != null && OutlineMoves.step(session.content(), selected.get(), delta).isPresent();
    }

    private void step(int delta) {
        OutlineMoves.step(session.content(), selected.get(), delta).ifPresent(session::execute);
    }

    private void run(Edit edit, OutlineRef created) {
        pending.set(created);
        session.execute(edit);
    }

    /** The theme a new priority goes into: the selected theme, or the selected node's theme. */
    Optional<UUID> themeOf(OutlineRef ref) {
        WorkspaceContent content = session.content();
        if (ref == null || content == null) {
            return Optional.empty();
        }
        return switch (ref.kind()) {
            case THEME -> Optional.of(ref.id());
            case PRIORITY -> content.priority(ref.id()).map(Priority::themeId);
            case SUB_ITEM -> priorityOf(ref).flatMap(content::priority).map(Priority::themeId);
        };
    }

    /** The priority of a priority or sub-item node. */
    Optional<UUID> priorityOf(OutlineRef ref) {
        WorkspaceContent content = session.content();
        if (ref == null || content == null) {
            return Optional.empty();
        }
        return switch (ref.kind()) {
            case THEME -> Optional.empty();
            case PRIORITY -> Optional.of(ref.id());
            case SUB_ITEM -> content.subItem(ref.id()).map(s -> s.priorityId());
        };
    }
}
