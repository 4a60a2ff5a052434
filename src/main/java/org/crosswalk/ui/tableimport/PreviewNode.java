package org.crosswalk.ui.tableimport;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.tables.mapping.TablePreview;
import org.crosswalk.tables.mapping.TablePreview.LinkDraft;
import org.crosswalk.tables.mapping.TablePreview.PriorityDraft;
import org.crosswalk.tables.mapping.TablePreview.SubItemDraft;
import org.crosswalk.tables.mapping.TablePreview.ThemeDraft;

/**
 * One line of the preview tree, without JavaFX nodes so the wording is tested in plain JUnit:
 * themes › priorities › sub-items, links and "no mention" statements.
 *
 * @param kind  what the line is, for the view's styling
 * @param isNew false when the workspace has it already (shown muted)
 */
public record PreviewNode(Kind kind, String text, boolean isNew, List<PreviewNode> children) {
    public enum Kind { THEME, PRIORITY, SUB_ITEM, LINK, NO_MENTION }

    public PreviewNode {
        children = List.copyOf(children);
    }

    /** The preview's themes, each with its priorities and their contents. */
    public static List<PreviewNode> of(TablePreview preview) {
        return preview.themes().stream().map(t -> theme(t, preview)).toList();
    }

    private static PreviewNode theme(ThemeDraft theme, TablePreview preview) {
        List<PreviewNode> priorities = theme.priorities().stream().map(p -> priority(p, preview)).toList();
        return new PreviewNode(Kind.THEME, state(theme.isNew()) + theme.title(), theme.isNew(), priorities);
    }

    private static PreviewNode priority(PriorityDraft priority, TablePreview preview) {
        List<PreviewNode> children = new ArrayList<>();
        for (SubItemDraft sub : priority.subItems()) {
            children.add(new PreviewNode(Kind.SUB_ITEM, "• " + sub.text() + (sub.exists() ? " — already there" : ""),
                    !sub.exists(), List.of()));
        }
        for (LinkDraft link : priority.links()) {
            children.add(new PreviewNode(Kind.LINK, PreviewWording.link(link, preview.plan()), !link.exists(),
                    List.of()));
        }
        if (priority.noMention() != null) {
            children.add(new PreviewNode(Kind.NO_MENTION, "No mention: “" + priority.noMention() + "”", true,
                    List.of()));
        }
        return new PreviewNode(Kind.PRIORITY, state(priority.isNew()) + priority.title(), priority.isNew(), children);
    }

    private static String state(boolean isNew) {
        return isNew ? "New: " : "Already in the workspace: ";
    }
}
