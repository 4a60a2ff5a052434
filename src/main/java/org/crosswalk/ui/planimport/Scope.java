package org.crosswalk.ui.planimport;

import java.util.Objects;
import org.crosswalk.plans.reading.ParsedItem;

/**
 * The part of the plan being reviewed: the whole plan, one chapter, or one section of a chapter
 * ({@code section} null with {@code wholeChapter} false: the items under no section heading).
 */
public record Scope(int chapter, String section, boolean wholeChapter) {
    public static final Scope ALL = new Scope(-1, null, true);

    public static Scope chapter(int chapter) {
        return new Scope(chapter, null, true);
    }

    public static Scope section(int chapter, String section) {
        return new Scope(chapter, section, false);
    }

    public boolean isAll() {
        return chapter < 0;
    }

    public boolean includes(ParsedItem item) {
        if (isAll()) {
            return true;
        }
        return item.chapter() == chapter && (wholeChapter || Objects.equals(item.section(), section));
    }
}
