package org.crosswalk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Collectors;
import org.crosswalk.tables.mapping.TablePreview;
import org.crosswalk.tables.mapping.TablePreview.LinkDraft;
import org.crosswalk.tables.mapping.TablePreview.PriorityDraft;
import org.crosswalk.tables.mapping.TablePreview.SubItemDraft;
import org.crosswalk.tables.mapping.TablePreview.ThemeDraft;
import org.crosswalk.tables.mapping.TablePreview.Unmatched;

/**
 * What {@code import-table} did or would do, as text for people or JSON for scripts (the JSON
 * shaped as {@code import-priorities} prints it: "saved", "created", "themes", "line").
 */
final class TableImportReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String NL = System.lineSeparator();

    private final TablePreview preview;
    private final String file;
    private final String workspace;
    private final boolean dryRun;

    TableImportReport(TablePreview preview, String file, String workspace, boolean dryRun) {
        this.preview = preview;
        this.file = file;
        this.workspace = workspace;
        this.dryRun = dryRun;
    }

    /** Counts, the table as imported ("+" new, "=" already there), then what could not be matched. */
    String text(boolean saved) {
        StringBuilder text = new StringBuilder();
        text.append("Read ").append(preview.source()).append(preview.plan() == null ? "" : ", citations matched in “"
                + preview.plan().label() + "”").append('.').append(NL);
        for (ThemeDraft theme : preview.themes()) {
            text.append(mark(theme.isNew())).append(" theme ").append(theme.title()).append(NL);
            for (PriorityDraft priority : theme.priorities()) {
                text.append("  ").append(mark(priority.isNew())).append(" priority ").append(priority.title())
                        .append(plan(priority)).append(NL);
                for (SubItemDraft subItem : priority.subItems()) {
                    text.append("      ").append(mark(!subItem.exists())).append(' ').append(subItem.text()).append(NL);
                }
            }
        }
        String counts = count(preview.newThemes(), "theme", "themes") + ", "
                + count(preview.newPriorities(), "priority", "priorities") + ", "
                + count(preview.newSubItems(), "sub-item", "sub-items") + ", " + count(preview.newLinks(), "link", "links")
                + ", " + count(preview.noMentions(), "“no mention” statement", "“no mention” statements");
        if (saved) {
            text.append("Created ").append(counts).append(" in ").append(workspace).append(" (one step to undo).");
        } else if (dryRun) {
            text.append("Would create ").append(counts).append(". Dry run: nothing was saved.");
        } else {
            text.append("Everything in “").append(file).append("” is in ").append(workspace)
                    .append(" already: nothing was changed.");
        }
        if (!preview.unmatched().isEmpty()) {
            text.append(NL).append("Not matched (").append(preview.unmatched().size()).append("), check these by hand:");
            for (Unmatched unmatched : preview.unmatched()) {
                text.append(NL).append("  row ").append(unmatched.line()).append(": ").append(unmatched.reason())
                        .append(": “").append(shorten(unmatched.text())).append('”');
            }
        }
        return text.toString();
    }

    /** ": 2.18 (excerpt), 2.19 (+ new)" or ": no mention — …". */
    private static String plan(PriorityDraft priority) {
        if (priority.noMention() != null) {
            return ": no mention — " + priority.noMention();
        }
        if (priority.links().isEmpty()) {
            return "";
        }
        return ": " + priority.links().stream().map(l -> mark(!l.exists()) + citation(l) + (l.excerpt() == null ? ""
                : " (excerpt)")).collect(Collectors.joining(", "));
    }

    private static String citation(LinkDraft link) {
        return link.item().hasNumber() ? link.item().number() : "p. " + link.item().page() + " “"
                + shorten(link.item().text()) + "”";
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String mark(boolean isNew) {
        return isNew ? "+" : "=";
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 59).strip() + "…";
    }

    String json(boolean saved) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file);
        root.put("table", preview.source());
        root.put("plan", preview.plan() == null ? null : preview.plan().label());
        root.put("saved", saved);
        ObjectNode created = root.putObject("created");
        created.put("themes", preview.newThemes());
        created.put("priorities", preview.newPriorities());
        created.put("sub_items", preview.newSubItems());
        created.put("links", preview.newLinks());
        created.put("no_mentions", preview.noMentions());
        ArrayNode themes = root.putArray("themes");
        for (ThemeDraft theme : preview.themes()) {
            ObjectNode node = themes.addObject().put("title", theme.title()).put("new", theme.isNew());
            ArrayNode priorities = node.putArray("priorities");
            for (PriorityDraft priority : theme.priorities()) {
                ObjectNode p = priorities.addObject().put("title", priority.title()).put("new", priority.isNew())
                        .put("line", priority.line()).put("no_mention", priority.noMention());
                ArrayNode subItems = p.putArray("sub_items");
                priority.subItems().forEach(s -> subItems.addObject().put("text", s.text()).put("new", !s.exists()));
                ArrayNode links = p.putArray("links");
                for (LinkDraft link : priority.links()) {
                    links.addObject().put("number", link.item().number()).put("page", link.item().page())
                            .put("excerpt", link.excerpt()).put("relevance", link.relevance().code())
                            .put("new", !link.exists());
                }
            }
        }
        ArrayNode unmatched = root.putArray("unmatched");
        preview.unmatched().forEach(u -> unmatched.addObject().put("line", u.line()).put("text", u.text())
                .put("reason", u.reason()));
        return JSON.writeValueAsString(root);
    }
}
