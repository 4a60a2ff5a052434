package org.crosswalk.soak;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.crosswalk.model.Link;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Relevance;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.LinkEdits;
import org.crosswalk.store.edit.OutlineEdits;

/**
 * Picks a real edit at random (seeded) from what the workspace holds now: the same moves a person
 * makes in the window, so the soak exercises the code that saves a board's work.
 */
final class RandomEdits {
    /** What to do next: an edit, or a step back or forward through the history. */
    sealed interface Step permits Apply, Undo, Redo {
        String what();
    }

    record Apply(String what, Edit edit) implements Step {
    }

    record Undo() implements Step {
        public String what() {
            return "undo";
        }
    }

    record Redo() implements Step {
        public String what() {
            return "redo";
        }
    }

    private static final List<String> WORDS = List.of("Prevent", "Reduce", "Healthy places", "Gwella iechyd",
            "صحت مند زندگی", "Smoking 🚭", "Mental health", "Obesity", "Air quality", "Housing", "Carers");

    private final Random random;
    private int counter;

    RandomEdits(long seed) {
        this.random = new Random(seed);
    }

    /** An id from the seeded generator, so a replay of the same seed makes the same rows. */
    UUID nextId() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    Step next(WorkspaceContent now) {
        if (now.themes().isEmpty()) {
            return new Apply("add theme", OutlineEdits.addTheme(now.board().id(), nextId(), words()));
        }
        if (now.priorities().isEmpty()) {
            return new Apply("add priority", OutlineEdits.addPriority(pick(now.themes()).id(), nextId(), words()));
        }
        int roll = random.nextInt(100);
        if (roll < 8) {
            return new Undo();
        }
        if (roll < 12) {
            return new Redo();
        }
        if (roll < 40) {
            return outline(now);
        }
        if (roll < 55) {
            return rename(now);
        }
        return mapping(now);
    }

    private Step outline(WorkspaceContent now) {
        List<Theme> themes = now.themes();
        List<Priority> priorities = now.priorities();
        List<SubItem> subs = now.subItems();
        switch (random.nextInt(9)) {
            case 0:
                return new Apply("add theme", OutlineEdits.addTheme(now.board().id(), nextId(), words()));
            case 1:
                if (!themes.isEmpty()) {
                    return new Apply("add priority", OutlineEdits.addPriority(pick(themes).id(), nextId(), words()));
                }
                break;
            case 2:
                if (!priorities.isEmpty()) {
                    return new Apply("add sub-item", OutlineEdits.addSubItem(pick(priorities).id(), nextId(), words()));
                }
                break;
            case 3:
                if (!themes.isEmpty()) {
                    return new Apply("move theme", OutlineEdits.moveTheme(pick(themes).id(), random.nextInt(themes.size())));
                }
                break;
            case 4:
                if (!priorities.isEmpty()) {
                    Theme target = pick(themes);
                    return new Apply("move priority", OutlineEdits.movePriority(pick(priorities).id(), target.id(),
                            random.nextInt(now.prioritiesOf(target.id()).size() + 1)));
                }
                break;
            case 5:
                if (!subs.isEmpty()) {
                    Priority target = pick(priorities);
                    return new Apply("move sub-item", OutlineEdits.moveSubItem(pick(subs).id(), target.id(),
                            random.nextInt(now.subItemsOf(target.id()).size() + 1)));
                }
                break;
            case 6:
                if (themes.size() > 2 && random.nextInt(4) == 0) {
                    return new Apply("delete theme", OutlineEdits.deleteTheme(pick(themes).id()));
                }
                break;
            case 7:
                if (priorities.size() > 4) {
                    return new Apply("delete priority", OutlineEdits.deletePriority(pick(priorities).id()));
                }
                break;
            default:
                if (!subs.isEmpty()) {
                    return new Apply("delete sub-item", OutlineEdits.deleteSubItem(pick(subs).id()));
                }
        }
        return new Apply("add theme", OutlineEdits.addTheme(now.board().id(), nextId(), words()));
    }

    private Step rename(WorkspaceContent now) {
        switch (random.nextInt(4)) {
            case 0:
                return new Apply("rename theme", OutlineEdits.renameTheme(pick(now.themes()).id(), words()));
            case 1:
                return new Apply("rename priority", OutlineEdits.renamePriority(pick(now.priorities()).id(), words()));
            case 2:
                return new Apply("note", OutlineEdits.setPriorityNote(pick(now.priorities()).id(), words()));
            default:
                if (!now.subItems().isEmpty()) {
                    return new Apply("edit sub-item", OutlineEdits.editSubItem(pick(now.subItems()).id(), words()));
                }
                return new Apply("rename board", OutlineEdits.renameBoard(now.board().id(), words(), words()));
        }
    }

    private Step mapping(WorkspaceContent now) {
        Priority priority = pick(now.priorities());
        List<Link> links = now.links();
        switch (random.nextInt(6)) {
            case 0:
            case 1:
                PlanItem item = pick(now.items());
                return new Apply("link", LinkEdits.link(priority.id(), item.id(), nextId()));
            case 2:
                if (!links.isEmpty()) {
                    return new Apply("unlink", LinkEdits.unlink(pick(links).id()));
                }
                break;
            case 3:
                if (!links.isEmpty()) {
                    Relevance relevance = Relevance.values()[random.nextInt(Relevance.values().length)];
                    return new Apply("edit link", LinkEdits.editLink(pick(links).id(),
                            random.nextBoolean() ? null : words(), relevance, words()));
                }
                break;
            case 4:
                if (!links.isEmpty()) {
                    Link link = pick(links);
                    return new Apply("move link", LinkEdits.moveLink(link.id(),
                            random.nextInt(now.linksOf(link.priorityId()).size())));
                }
                break;
            default:
                return random.nextBoolean()
                        ? new Apply("no mention", LinkEdits.markNoMention(priority.id(),
                                "No specific mention in the Long Term Plan. " + words()))
                        : new Apply("clear no mention", LinkEdits.clearNoMention(priority.id()));
        }
        return new Apply("link", LinkEdits.link(priority.id(), pick(now.items()).id(), nextId()));
    }

    private String words() {
        return pick(WORDS) + " " + (++counter) + (random.nextInt(5) == 0 ? " " + "x".repeat(random.nextInt(2000)) : "");
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
