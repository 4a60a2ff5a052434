package org.crosswalk.ui.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.plans.reading.ParsedChapter;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;

/** A parsed plan's chapters and their sections, in reading order, with how many items each holds. */
public final class Outline {
    private Outline() {
    }

    /** One chapter; {@code sections} in the order their first item appears. */
    public record ChapterEntry(int index, ParsedChapter chapter, int items, List<SectionEntry> sections) {
        public String heading() {
            return Outline.heading(chapter);
        }
    }

    /** A section heading ({@code title} null: items of the chapter under no heading). */
    public record SectionEntry(int chapter, String title, int items) {
    }

    public static List<ChapterEntry> of(ParsedPlan plan) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        plan.chapters().forEach(c -> counts.add(new LinkedHashMap<>()));
        for (ParsedItem item : plan.items()) {
            counts.get(item.chapter()).merge(item.section(), 1, Integer::sum); // null: under no heading
        }
        List<ChapterEntry> chapters = new ArrayList<>();
        for (int i = 0; i < plan.chapters().size(); i++) {
            Map<String, Integer> sections = counts.get(i);
            boolean onlyLoose = sections.size() == 1 && sections.containsKey(null);
            List<SectionEntry> entries = new ArrayList<>();
            int total = 0;
            for (Map.Entry<String, Integer> section : sections.entrySet()) {
                total += section.getValue();
                if (!onlyLoose) {
                    entries.add(new SectionEntry(i, section.getKey(), section.getValue()));
                }
            }
            chapters.add(new ChapterEntry(i, plan.chapters().get(i), total, List.copyOf(entries)));
        }
        return chapters;
    }

    /** "Chapter 2: More NHS action …", or the title alone when the chapter has no number. */
    public static String heading(ParsedChapter chapter) {
        return chapter.number() == null || chapter.number().isBlank() ? chapter.title()
                : "Chapter " + chapter.number() + ": " + chapter.title();
    }
}
