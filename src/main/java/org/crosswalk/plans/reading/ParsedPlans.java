package org.crosswalk.plans.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Section;

/** Turns a reviewed {@link ParsedPlan} into a plan the workspace can hold, with fresh ids. */
public final class ParsedPlans {
    private ParsedPlans() {
    }

    public static PlanContent toContent(ParsedPlan parsed, PlanDetails details) {
        UUID planId = UUID.randomUUID();
        Plan plan = new Plan(planId, details.title(), details.label(), details.edition(), details.published(),
                details.publisher(), details.source(), null);
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < parsed.chapters().size(); i++) {
            ParsedChapter chapter = parsed.chapters().get(i);
            chapters.add(new Chapter(UUID.randomUUID(), planId, chapter.number(), chapter.title(), i));
        }
        List<Section> sections = new ArrayList<>();
        List<Map<String, Section>> sectionsByChapter = new ArrayList<>();
        chapters.forEach(c -> sectionsByChapter.add(new LinkedHashMap<>()));
        List<PlanItem> items = new ArrayList<>();
        for (ParsedItem item : parsed.items()) {
            Chapter chapter = chapters.get(item.chapter());
            UUID sectionId = null;
            if (item.section() != null) {
                Map<String, Section> known = sectionsByChapter.get(item.chapter());
                Section section = known.computeIfAbsent(item.section(), title -> {
                    Section created = new Section(UUID.randomUUID(), chapter.id(), title, known.size());
                    sections.add(created);
                    return created;
                });
                sectionId = section.id();
            }
            items.add(new PlanItem(UUID.randomUUID(), planId, chapter.id(), sectionId, item.number(),
                    item.printedPage(), item.kind(), item.text(), null, items.size()));
        }
        return new PlanContent(plan, chapters, sections, items);
    }
}
