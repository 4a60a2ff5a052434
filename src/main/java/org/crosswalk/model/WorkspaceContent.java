package org.crosswalk.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything in a workspace at one moment, immutable. Lists are in display order; the
 * lookup methods answer the questions the views and exporters ask.
 */
public record WorkspaceContent(Board board, List<Plan> plans, List<Chapter> chapters, List<Section> sections,
                               List<PlanItem> items, List<Theme> themes, List<Priority> priorities,
                               List<SubItem> subItems, List<Link> links, PaperSettings paper) {

    /** Content with the default paper settings. */
    public WorkspaceContent(Board board, List<Plan> plans, List<Chapter> chapters, List<Section> sections,
                            List<PlanItem> items, List<Theme> themes, List<Priority> priorities,
                            List<SubItem> subItems, List<Link> links) {
        this(board, plans, chapters, sections, items, themes, priorities, subItems, links, PaperSettings.defaults());
    }

    public WorkspaceContent {
        paper = paper == null ? PaperSettings.defaults() : paper;
        plans = List.copyOf(plans);
        chapters = sorted(chapters, Comparator.comparingInt(Chapter::position));
        sections = sorted(sections, Comparator.comparingInt(Section::position));
        items = sorted(items, Comparator.comparingInt(PlanItem::position));
        themes = sorted(themes, Comparator.comparingInt(Theme::position));
        priorities = sorted(priorities, Comparator.comparingInt(Priority::position));
        subItems = sorted(subItems, Comparator.comparingInt(SubItem::position));
        links = sorted(links, Comparator.comparingInt(Link::position));
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }

    public static WorkspaceContent empty(Board board) {
        return new WorkspaceContent(board, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    public List<Chapter> chaptersOf(UUID planId) {
        return chapters.stream().filter(c -> c.planId().equals(planId)).toList();
    }

    public List<Section> sectionsOf(UUID chapterId) {
        return sections.stream().filter(s -> s.chapterId().equals(chapterId)).toList();
    }

    /** Items directly under a chapter (no section). */
    public List<PlanItem> chapterItems(UUID chapterId) {
        return items.stream().filter(i -> i.chapterId().equals(chapterId) && i.sectionId() == null).toList();
    }

    public List<PlanItem> sectionItems(UUID sectionId) {
        return items.stream().filter(i -> sectionId.equals(i.sectionId())).toList();
    }

    public List<PlanItem> planItems(UUID planId) {
        return items.stream().filter(i -> i.planId().equals(planId)).toList();
    }

    public List<Priority> prioritiesOf(UUID themeId) {
        return priorities.stream().filter(p -> p.themeId().equals(themeId)).toList();
    }

    public List<SubItem> subItemsOf(UUID priorityId) {
        return subItems.stream().filter(s -> s.priorityId().equals(priorityId)).toList();
    }

    public List<Link> linksOf(UUID priorityId) {
        return links.stream().filter(l -> l.priorityId().equals(priorityId)).toList();
    }

    public Optional<Plan> plan(UUID id) {
        return find(plans, Plan::id, id);
    }

    public Optional<Chapter> chapter(UUID id) {
        return find(chapters, Chapter::id, id);
    }

    public Optional<Section> section(UUID id) {
        return find(sections, Section::id, id);
    }

    public Optional<PlanItem> item(UUID id) {
        return find(items, PlanItem::id, id);
    }

    public Optional<Theme> theme(UUID id) {
        return find(themes, Theme::id, id);
    }

    public Optional<Priority> priority(UUID id) {
        return find(priorities, Priority::id, id);
    }

    public Optional<SubItem> subItem(UUID id) {
        return find(subItems, SubItem::id, id);
    }

    public Optional<Link> link(UUID id) {
        return find(links, Link::id, id);
    }

    public Optional<Link> link(UUID priorityId, UUID itemId) {
        return links.stream().filter(l -> l.priorityId().equals(priorityId) && l.planItemId().equals(itemId))
                .findFirst();
    }

    public Optional<Plan> planByLabel(String label) {
        return plans.stream().filter(p -> p.label().equalsIgnoreCase(label)).findFirst();
    }

    /** The citation a board paper prints, e.g. "(NHS LTP p. 37)". */
    public String citation(PlanItem item) {
        String label = plan(item.planId()).map(Plan::label).orElse("");
        return item.page() == null ? "(" + label + ")" : "(" + label + " p. " + item.page() + ")";
    }

    public Map<UUID, PlanItem> itemsById() {
        return items.stream().collect(Collectors.toMap(PlanItem::id, Function.identity()));
    }

    private static <T> Optional<T> find(List<T> list, Function<T, UUID> id, UUID wanted) {
        return list.stream().filter(t -> id.apply(t).equals(wanted)).findFirst();
    }
}
