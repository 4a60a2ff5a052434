package org.crosswalk.tables.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Plan;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.tables.mapping.TablePreview.LinkDraft;
import org.crosswalk.tables.mapping.TablePreview.PriorityDraft;
import org.crosswalk.tables.mapping.TablePreview.SubItemDraft;
import org.crosswalk.tables.mapping.TablePreview.ThemeDraft;
import org.crosswalk.tables.mapping.TablePreview.Unmatched;

/**
 * Matches a table with the workspace: themes by wording, priorities by wording within their
 * theme, sub-items within their priority (case and spacing ignored), citations with the plan's
 * items. A theme or priority named twice in the table is imported once.
 */
final class PreviewBuilder {
    private final WorkspaceContent workspace;
    private final Plan plan;
    private final boolean planChosenByPerson;
    private final Map<Plan, ItemMatcher> matchers = new LinkedHashMap<>();
    private final List<Unmatched> unmatched = new ArrayList<>();

    PreviewBuilder(WorkspaceContent workspace, Plan plan, boolean planChosenByPerson) {
        this.workspace = workspace;
        this.plan = plan;
        this.planChosenByPerson = planChosenByPerson;
    }

    TablePreview build(TableContent table) {
        Map<String, List<TableContent.Theme>> themes = new LinkedHashMap<>();
        table.themes().forEach(t -> themes.computeIfAbsent(FoldedText.fold(t.title()), k -> new ArrayList<>()).add(t));
        List<ThemeDraft> drafts = new ArrayList<>();
        for (List<TableContent.Theme> same : themes.values()) {
            Theme existing = workspace.themes().stream().filter(t -> TableImport.same(t.title(), same.get(0).title()))
                    .findFirst().orElse(null);
            drafts.add(new ThemeDraft(existing == null ? null : existing.id(), same.get(0).title(),
                    priorities(existing, same.stream().flatMap(t -> t.priorities().stream()).toList())));
        }
        table.skipped().forEach(s -> unmatched.add(new Unmatched(s.line(), s.text(), s.reason())));
        return new TablePreview(table.source(), plan, drafts, unmatched);
    }

    private List<PriorityDraft> priorities(Theme theme, List<TableContent.Priority> read) {
        Map<String, List<TableContent.Priority>> byTitle = new LinkedHashMap<>();
        read.forEach(p -> byTitle.computeIfAbsent(FoldedText.fold(p.title()), k -> new ArrayList<>()).add(p));
        List<PriorityDraft> drafts = new ArrayList<>();
        for (List<TableContent.Priority> same : byTitle.values()) {
            Priority existing = theme == null ? null : workspace.prioritiesOf(theme.id()).stream()
                    .filter(p -> TableImport.same(p.title(), same.get(0).title())).findFirst().orElse(null);
            drafts.add(priority(existing, same));
        }
        return drafts;
    }

    private PriorityDraft priority(Priority existing, List<TableContent.Priority> same) {
        TableContent.Priority first = same.get(0);
        Set<String> seenSubItems = new HashSet<>();
        Set<UUID> existingLinks = new HashSet<>();
        if (existing != null) {
            workspace.subItemsOf(existing.id()).stream().map(SubItem::text).map(FoldedText::fold)
                    .forEach(seenSubItems::add);
            workspace.linksOf(existing.id()).forEach(l -> existingLinks.add(l.planItemId()));
        }
        List<SubItemDraft> subItems = new ArrayList<>();
        List<LinkDraft> links = new ArrayList<>();
        Set<UUID> linked = new HashSet<>();
        String noMention = null;
        for (TableContent.Priority read : same) {
            for (String text : read.subItems()) {
                boolean exists = existing != null && seenSubItems.contains(FoldedText.fold(text));
                if (exists || seenSubItems.add(FoldedText.fold(text))) {
                    subItems.add(new SubItemDraft(text, exists));
                }
            }
            for (TableContent.Citation citation : read.citations()) {
                ItemMatcher.Result result = matcher(citation.passage().planLabel()).match(citation.passage());
                for (ItemMatcher.Found found : result.found()) {
                    if (linked.add(found.item().id())) {
                        String excerpt = Boolean.FALSE.equals(citation.excerpt()) ? null : found.excerpt();
                        links.add(new LinkDraft(citation.line(), found.item(), excerpt, citation.relevance(),
                                citation.note(), existingLinks.contains(found.item().id())));
                    }
                }
                result.problems().forEach(p -> unmatched.add(new Unmatched(citation.line(), citation.passage().text(), p)));
            }
            noMention = noMention == null ? read.noMention() : noMention;
        }
        if (noMention != null && (!links.isEmpty() || !existingLinks.isEmpty())) {
            unmatched.add(new Unmatched(first.line(), noMention, "the priority has linked paragraphs, so it was not "
                    + "marked “no mention”"));
            noMention = null;
        }
        if (existing != null && noMention != null && noMention.equals(existing.noMention())) {
            noMention = null;
        }
        String note = same.stream().map(TableContent.Priority::note).filter(n -> !n.isBlank()).findFirst().orElse("");
        String lead = same.stream().map(TableContent.Priority::lead).filter(n -> !n.isBlank()).findFirst().orElse("");
        return new PriorityDraft(first.line(), existing == null ? null : existing.id(), first.title(), note, lead,
                subItems, links, noMention);
    }

    /**
     * The matcher of the plan a citation names exactly, when the workspace has it (a table may
     * quote two plans); else, or when the person chose the plan, of the chosen plan.
     */
    private ItemMatcher matcher(String label) {
        Plan named = label.isBlank() || planChosenByPerson ? null : PlanChoice.byLabel(workspace, label).orElse(null);
        Plan chosen = named != null ? named : plan;
        return matchers.computeIfAbsent(chosen, p -> new ItemMatcher(p, workspace.planItems(p.id())));
    }
}
