package org.crosswalk.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.export.coverage.Coverage;
import org.crosswalk.export.coverage.PlanCoverage;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.Link;
import org.crosswalk.model.PaperSettings;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Priority;
import org.crosswalk.model.SubItem;
import org.crosswalk.model.Theme;
import org.crosswalk.model.WorkspaceContent;

/** Turns a workspace and its paper settings into the {@link Paper} every exporter writes. */
public final class PaperBuilder {
    private PaperBuilder() {
    }

    /** The paper with the workspace's own settings. */
    public static Paper build(WorkspaceContent content) {
        return build(content, content.paper());
    }

    public static Paper build(WorkspaceContent content, PaperSettings settings) {
        Map<UUID, PlanItem> items = content.itemsById();
        Set<UUID> numberedPlans = new HashSet<>();
        content.items().stream().filter(PlanItem::hasNumber).forEach(i -> numberedPlans.add(i.planId()));
        List<Paper.ThemeTable> themes = new ArrayList<>();
        for (Theme theme : content.themes()) {
            List<Paper.PriorityRow> rows = new ArrayList<>();
            for (Priority priority : content.prioritiesOf(theme.id())) {
                rows.add(row(content, settings, items, numberedPlans, priority));
            }
            themes.add(new Paper.ThemeTable(theme.title(), rows));
        }
        String title = settings.title().isEmpty() ? defaultTitle(content) : settings.title();
        String board = settings.board().isEmpty() ? content.board().name() : settings.board();
        return new Paper(title, board, settings.meetingDate(), settings.reference(), settings.authors(),
                paragraphs(settings.introduction()), paragraphs(settings.recommendations()),
                settings.priorityHeading(), settings.planHeading(), settings.includeSubItems(), themes,
                settings.includeCoverageSummary() ? coverage(themes, Coverage.of(content)) : null,
                settings.includeUnaddressedAppendix() ? unaddressed(content) : null, sources(content));
    }

    private static Paper.PriorityRow row(WorkspaceContent content, PaperSettings settings, Map<UUID, PlanItem> items,
                                         Set<UUID> numberedPlans, Priority priority) {
        List<Paper.Quote> quotes = new ArrayList<>();
        for (Link link : content.linksOf(priority.id())) {
            PlanItem item = items.get(link.planItemId());
            if (item == null) {
                continue;
            }
            Plan plan = content.plan(item.planId()).orElseThrow();
            boolean useExcerpt = link.hasExcerpt() && settings.quoteMode() == PaperSettings.QuoteMode.EXCERPT_WHERE_SET;
            quotes.add(new Paper.Quote(plan.title(), plan.label(), item.hasNumber() ? item.number() : null,
                    item.page(), useExcerpt ? link.excerpt() : item.text(), useExcerpt,
                    settings.cite(citedAs(content, plan, item, numberedPlans.contains(plan.id())), item.page()), link.relevance().label(), link.note()));
        }
        List<String> subItems = content.subItemsOf(priority.id()).stream().map(SubItem::text).toList();
        return new Paper.PriorityRow(priority.title(), subItems, priority.note(), quotes,
                quotes.isEmpty() ? priority.noMention() : null, priority.lead());
    }

    /**
     * The plan's label; for an item of a plan that numbers no paragraphs (the 10 Year Health Plan's
     * bulleted commitments) also its section heading, so a reader can find it: "10YHP,
     * “Neighbourhood health”,". Unnumbered text of a numbered plan is cited by page alone, as board
     * papers do.
     */
    static String citedAs(WorkspaceContent content, Plan plan, PlanItem item, boolean planIsNumbered) {
        if (item.hasNumber() || item.sectionId() == null || planIsNumbered) {
            return plan.label();
        }
        return content.section(item.sectionId()).map(s -> plan.label() + ", “" + s.title() + "”,").orElse(plan.label());
    }

    private static String defaultTitle(WorkspaceContent content) {
        return content.board().title().isBlank() ? content.board().name() : content.board().title();
    }

    /** Paragraphs separated by blank lines; single line breaks inside a paragraph become spaces. */
    static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        for (String block : text.strip().split("\\R\\s*\\R")) {
            String paragraph = block.strip().replaceAll("\\s*\\R\\s*", " ");
            if (!paragraph.isEmpty()) {
                result.add(paragraph);
            }
        }
        return result;
    }

    private static Paper.Coverage coverage(List<Paper.ThemeTable> themes, Coverage coverage) {
        int priorities = 0;
        int linked = 0;
        int noMention = 0;
        int links = 0;
        List<String> notMentioned = new ArrayList<>();
        for (Paper.ThemeTable theme : themes) {
            for (Paper.PriorityRow row : theme.rows()) {
                priorities++;
                links += row.quotes().size();
                switch (row.status()) {
                    case LINKED -> linked++;
                    case NO_MENTION -> {
                        noMention++;
                        notMentioned.add(row.priority());
                    }
                    case NOT_MAPPED -> { }
                }
            }
        }
        List<Paper.ThemeCount> byTheme = coverage.themes().stream().map(t -> new Paper.ThemeCount(t.theme().title(),
                t.backed().size(), t.noMention().size(), t.notMapped().size())).toList();
        return new Paper.Coverage(priorities, linked, noMention, priorities - linked - noMention, links, notMentioned,
                byTheme, coverage.mostLinkedPlan().filter(p -> !p.chapters().isEmpty())
                        .map(p -> heatMap(p, coverage)).orElse(null));
    }

    private static Paper.HeatMap heatMap(PlanCoverage plan, Coverage coverage) {
        List<Paper.HeatRow> rows = new ArrayList<>();
        for (Coverage.ThemeCoverage theme : coverage.themes()) {
            rows.add(new Paper.HeatRow(theme.theme().title(), plan.chapters().stream()
                    .map(chapter -> plan.themeLinks(theme.theme().id(), chapter.id()).size()).toList()));
        }
        return new Paper.HeatMap(plan.plan().title(), plan.chapters().stream().map(plan::shortName).toList(),
                plan.chapters().stream().map(Chapter::title).toList(), rows);
    }

    /** Chapters with no linked item at all, and sections with none, in plan order. */
    private static List<Paper.Unaddressed> unaddressed(WorkspaceContent content) {
        List<Paper.Unaddressed> result = new ArrayList<>();
        for (PlanCoverage plan : Coverage.of(content).plans()) {
            for (PlanCoverage.Gap gap : plan.unaddressed()) {
                result.add(new Paper.Unaddressed(plan.plan().title(), gap.chapter().heading(),
                        gap.wholeChapter() ? null : gap.section().title()));
            }
        }
        return result;
    }

    private static List<Paper.Source> sources(WorkspaceContent content) {
        return content.plans().stream()
                .map(p -> new Paper.Source(p.title(), p.edition(), p.publisher(), p.attribution()))
                .toList();
    }
}
