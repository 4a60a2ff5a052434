package org.crosswalk.export.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.Link;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.Section;
import org.crosswalk.model.WorkspaceContent;

/**
 * One plan seen from the local priorities: for each chapter, the links into it from each
 * priority (the cells of the heat map), and the chapters and sections no priority links to.
 */
public final class PlanCoverage {
    private final Plan plan;
    private final List<Chapter> chapters;
    private final Map<UUID, List<UUID>> prioritiesOfTheme;
    private final Map<Cell, List<Link>> links;
    private final List<Gap> unaddressed;
    private final int linkCount;

    private PlanCoverage(Plan plan, List<Chapter> chapters, Map<UUID, List<UUID>> prioritiesOfTheme,
                         Map<Cell, List<Link>> links, List<Gap> unaddressed, int linkCount) {
        this.plan = plan;
        this.chapters = List.copyOf(chapters);
        this.prioritiesOfTheme = prioritiesOfTheme;
        this.links = links;
        this.unaddressed = List.copyOf(unaddressed);
        this.linkCount = linkCount;
    }

    static PlanCoverage of(Plan plan, WorkspaceContent content) {
        Map<UUID, PlanItem> items = content.itemsById();
        Map<UUID, List<UUID>> prioritiesOfTheme = new HashMap<>();
        for (Priority priority : content.priorities()) {
            prioritiesOfTheme.computeIfAbsent(priority.themeId(), t -> new ArrayList<>()).add(priority.id());
        }
        Map<Cell, List<Link>> links = new HashMap<>();
        Set<UUID> linkedItems = new HashSet<>();
        int count = 0;
        for (Link link : content.links()) {
            PlanItem item = items.get(link.planItemId());
            if (item == null || !item.planId().equals(plan.id())) {
                continue;
            }
            links.computeIfAbsent(new Cell(link.priorityId(), item.chapterId()), c -> new ArrayList<>()).add(link);
            linkedItems.add(item.id());
            count++;
        }
        List<Chapter> chapters = content.chaptersOf(plan.id());
        return new PlanCoverage(plan, chapters, prioritiesOfTheme, links, gaps(chapters, content, linkedItems), count);
    }

    /** Chapters with no linked item at all, else their sections with none, in plan order. */
    private static List<Gap> gaps(List<Chapter> chapters, WorkspaceContent content, Set<UUID> linkedItems) {
        Set<UUID> linkedChapters = new HashSet<>();
        Set<UUID> linkedSections = new HashSet<>();
        for (PlanItem item : content.items()) {
            if (linkedItems.contains(item.id())) {
                linkedChapters.add(item.chapterId());
                if (item.sectionId() != null) {
                    linkedSections.add(item.sectionId());
                }
            }
        }
        List<Gap> gaps = new ArrayList<>();
        for (Chapter chapter : chapters) {
            if (!linkedChapters.contains(chapter.id())) {
                gaps.add(new Gap(chapter, null));
                continue;
            }
            for (Section section : content.sectionsOf(chapter.id())) {
                if (!linkedSections.contains(section.id())) {
                    gaps.add(new Gap(chapter, section));
                }
            }
        }
        return gaps;
    }

    public Plan plan() {
        return plan;
    }

    /** The heat map's columns, in plan order. */
    public List<Chapter> chapters() {
        return chapters;
    }

    /** A chapter's short name for a column heading: "Ch 2", or "#2" when it has no number. */
    public String shortName(Chapter chapter) {
        int index = chapters.indexOf(chapter);
        return chapter.number() == null || chapter.number().isBlank() ? "#" + (index + 1) : "Ch " + chapter.number();
    }

    /** Links from this priority into this chapter, in link order. */
    public List<Link> links(UUID priorityId, UUID chapterId) {
        return links.getOrDefault(new Cell(priorityId, chapterId), List.of());
    }

    /** Links from any priority of this theme into this chapter, priority by priority. */
    public List<Link> themeLinks(UUID themeId, UUID chapterId) {
        List<Link> result = new ArrayList<>();
        for (UUID priorityId : prioritiesOfTheme.getOrDefault(themeId, List.of())) {
            result.addAll(links(priorityId, chapterId));
        }
        return result;
    }

    /** The largest number of links in one priority × chapter cell (0 when there are none). */
    public int busiestPriorityCell() {
        return links.values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** The largest number of links in one theme × chapter cell (0 when there are none). */
    public int busiestThemeCell() {
        int most = 0;
        for (UUID themeId : prioritiesOfTheme.keySet()) {
            for (Chapter chapter : chapters) {
                most = Math.max(most, themeLinks(themeId, chapter.id()).size());
            }
        }
        return most;
    }

    /** Links from all priorities into this plan. */
    public int linkCount() {
        return linkCount;
    }

    /** The chapters, and sections of linked chapters, that no priority links to. */
    public List<Gap> unaddressed() {
        return unaddressed;
    }

    private record Cell(UUID priorityId, UUID chapterId) {
    }

    /** A part of the plan no priority addresses: a whole chapter (section null) or one section. */
    public record Gap(Chapter chapter, Section section) {
        public boolean wholeChapter() {
            return section == null;
        }
    }
}
