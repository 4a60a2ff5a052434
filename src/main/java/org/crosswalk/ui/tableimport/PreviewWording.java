package org.crosswalk.ui.tableimport;

import java.util.ArrayList;
import java.util.List;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.tables.mapping.TablePreview;
import org.crosswalk.tables.mapping.TablePreview.LinkDraft;

/** The words the import window uses for a preview: the counts line and how a link is shown. */
final class PreviewWording {
    private PreviewWording() {
    }

    /** "Will create 3 themes, 13 priorities, 26 links; 2 priorities already exist". */
    static String summary(TablePreview preview) {
        List<String> created = new ArrayList<>();
        add(created, preview.newThemes(), "theme", "themes");
        add(created, preview.newPriorities(), "priority", "priorities");
        add(created, preview.newSubItems(), "sub-item", "sub-items");
        add(created, preview.newLinks(), "link", "links");
        add(created, preview.noMentions(), "“no mention” statement", "“no mention” statements");
        String text = created.isEmpty() ? "Will create nothing new" : "Will create " + String.join(", ", created);
        long existing = preview.priorities().stream().filter(p -> !p.isNew()).count();
        if (existing > 0) {
            text += "; " + count(existing, "priority already exists", "priorities already exist");
        }
        return text;
    }

    /** What the status line says once the table is in. */
    static String imported(TablePreview preview) {
        List<String> parts = new ArrayList<>();
        add(parts, preview.newThemes(), "theme", "themes");
        add(parts, preview.newPriorities(), "priority", "priorities");
        add(parts, preview.newSubItems(), "sub-item", "sub-items");
        add(parts, preview.newLinks(), "link", "links");
        add(parts, preview.noMentions(), "“no mention” statement", "“no mention” statements");
        String text = "Imported " + String.join(", ", parts) + " from " + preview.source();
        int left = preview.unmatched().size();
        return left == 0 ? text : text + "; " + count(left, "citation", "citations") + " could not be matched";
    }

    /** "2.18 (NHS LTP p. 37)", with "— excerpt: “…”" when only part of the paragraph is quoted. */
    static String link(LinkDraft link, Plan plan) {
        PlanItem item = link.item();
        String name = item.hasNumber() ? item.number() : shortText(item.text());
        String label = plan == null ? "" : plan.label();
        String where = item.page() == null ? label : (label + " p. " + item.page()).strip();
        String text = where.isEmpty() ? name : name + " (" + where + ")";
        if (link.excerpt() != null) {
            text += " — excerpt: “" + shortText(link.excerpt()) + "”";
        }
        return link.exists() ? text + " — already linked" : text;
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static void add(List<String> parts, long n, String one, String many) {
        if (n > 0) {
            parts.add(count(n, one, many));
        }
    }

    private static String shortText(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= 70) {
            return flat;
        }
        String cut = flat.substring(0, 69);
        int space = cut.lastIndexOf(' ');
        return (space > 40 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
