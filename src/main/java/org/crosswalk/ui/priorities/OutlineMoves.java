package org.crosswalk.ui.priorities;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.OutlineEdits;

/**
 * Works out the edit for moving an outline node one step up or down (a priority at the top of
 * its theme moves to the end of the previous theme) or dropping it on another node.
 */
final class OutlineMoves {
    private OutlineMoves() {
    }

    static Optional<Edit> step(WorkspaceContent content, OutlineRef ref, int delta) {
        return switch (ref.kind()) {
            case THEME -> content.theme(ref.id()).flatMap(theme -> {
                int index = content.themes().indexOf(theme) + delta;
                return inRange(index, content.themes()) ? Optional.of(OutlineEdits.moveTheme(ref.id(), index))
                        : Optional.empty();
            });
            case PRIORITY -> content.priority(ref.id()).flatMap(priority -> stepPriority(content, priority, delta));
            case SUB_ITEM -> content.subItem(ref.id()).flatMap(subItem -> {
                List<SubItem> siblings = content.subItemsOf(subItem.priorityId());
                int index = siblings.indexOf(subItem) + delta;
                return inRange(index, siblings)
                        ? Optional.of(OutlineEdits.moveSubItem(subItem.id(), subItem.priorityId(), index))
                        : Optional.empty();
            });
        };
    }

    private static Optional<Edit> stepPriority(WorkspaceContent content, Priority priority, int delta) {
        List<Priority> siblings = content.prioritiesOf(priority.themeId());
        int index = siblings.indexOf(priority) + delta;
        if (inRange(index, siblings)) {
            return Optional.of(OutlineEdits.movePriority(priority.id(), priority.themeId(), index));
        }
        Theme theme = content.theme(priority.themeId()).orElseThrow();
        int themeIndex = content.themes().indexOf(theme) + delta;
        if (!inRange(themeIndex, content.themes())) {
            return Optional.empty();
        }
        Theme next = content.themes().get(themeIndex);
        int at = delta < 0 ? content.prioritiesOf(next.id()).size() : 0;
        return Optional.of(OutlineEdits.movePriority(priority.id(), next.id(), at));
    }

    /** The edit for dropping {@code dragged} onto {@code target}: before it, or into it. */
    static Optional<Edit> drop(WorkspaceContent content, OutlineRef dragged, OutlineRef target) {
        if (dragged.equals(target)) {
            return Optional.empty();
        }
        return switch (dragged.kind()) {
            case THEME -> target.kind() == OutlineRef.Kind.THEME
                    ? content.theme(target.id()).map(t -> OutlineEdits.moveTheme(dragged.id(),
                            content.themes().indexOf(t)))
                    : Optional.empty();
            case PRIORITY -> dropPriority(content, dragged.id(), target);
            case SUB_ITEM -> dropSubItem(content, dragged.id(), target);
        };
    }

    private static Optional<Edit> dropPriority(WorkspaceContent content, UUID priorityId, OutlineRef target) {
        return switch (target.kind()) {
            case THEME -> Optional.of(OutlineEdits.movePriority(priorityId, target.id(),
                    content.prioritiesOf(target.id()).size()));
            case PRIORITY -> content.priority(target.id()).map(p -> OutlineEdits.movePriority(priorityId,
                    p.themeId(), content.prioritiesOf(p.themeId()).indexOf(p)));
            case SUB_ITEM -> Optional.empty();
        };
    }

    private static Optional<Edit> dropSubItem(WorkspaceContent content, UUID subItemId, OutlineRef target) {
        return switch (target.kind()) {
            case PRIORITY -> Optional.of(OutlineEdits.moveSubItem(subItemId, target.id(),
                    content.subItemsOf(target.id()).size()));
            case SUB_ITEM -> content.subItem(target.id()).map(s -> OutlineEdits.moveSubItem(subItemId,
                    s.priorityId(), content.subItemsOf(s.priorityId()).indexOf(s)));
            case THEME -> Optional.empty();
        };
    }

    private static boolean inRange(int index, List<?> list) {
        return index >= 0 && index < list.size();
    }
}
