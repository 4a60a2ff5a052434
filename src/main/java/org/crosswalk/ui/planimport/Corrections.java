package org.crosswalk.ui.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosswalk.model.ItemKind;
import org.crosswalk.plans.reading.ParsedChapter;
import org.crosswalk.plans.reading.ParsedItem;
import org.crosswalk.plans.reading.ParsedPlan;

/**
 * The corrections a person can make to a parsed plan before it is saved. Each takes a plan and
 * answers a new one (the records are immutable, so the old one is the undo), or throws
 * {@link CorrectionRefused} with a message saying why not.
 */
final class Corrections {
    /** "2.19 The NHS will …" at the start of split-off text: the number of the new item. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,3})+)\\.?\\s+(?=\\S)");
    private static final int MAX_NUMBER = 20;

    private Corrections() {
    }

    /** Joins an item and the one after it (a paragraph cut in two at a page break, say). */
    static ParsedPlan mergeWithNext(ParsedPlan plan, int index) {
        List<ParsedItem> items = plan.items();
        require(index >= 0 && index + 1 < items.size(), "There is no next item to merge with.");
        ParsedItem first = items.get(index);
        ParsedItem next = items.get(index + 1);
        require(first.chapter() == next.chapter(),
                "The next item is in another chapter. Move one of them first if they belong together.");
        boolean takeNumber = first.number() == null && next.number() != null;
        Integer page = first.printedPage() != null ? first.printedPage() : next.printedPage();
        Integer lastPage = Stream.of(first.continuesToPage(), next.printedPage(), next.continuesToPage())
                .filter(Objects::nonNull).max(Integer::compare).orElse(null);
        Integer continues = page != null && lastPage != null && lastPage > page ? lastPage : null;
        ParsedItem merged = new ParsedItem(takeNumber ? next.number() : first.number(), page, continues,
                first.pdfPage() != null ? first.pdfPage() : next.pdfPage(), first.chapter(), first.section(),
                takeNumber ? next.kind() : first.kind(), join(first.text(), next.text()));
        List<ParsedItem> result = new ArrayList<>(items);
        result.set(index, merged);
        result.remove(index + 1);
        return plan.withItems(result);
    }

    private static String join(String first, String second) {
        String separator = second.startsWith("• ") ? "\n" : " ";
        return first.stripTrailing() + separator + second.stripLeading();
    }

    /**
     * Cuts an item in two at {@code caret}; the second part becomes a new item just after it, taking
     * a number it starts with ("2.19 …"). Both keep the pages, chapter, section and kind.
     */
    static ParsedPlan split(ParsedPlan plan, int index, int caret) {
        ParsedItem item = item(plan, index);
        String text = item.text();
        String head = caret > 0 && caret < text.length() ? text.substring(0, caret).strip() : "";
        String tail = caret > 0 && caret < text.length() ? text.substring(caret).strip() : "";
        require(!head.isEmpty() && !tail.isEmpty(),
                "Put the cursor in the text where the new item should start, then split.");
        String number = null;
        Matcher leading = LEADING_NUMBER.matcher(tail);
        if (leading.find()) {
            number = leading.group(1);
            tail = tail.substring(leading.end());
        }
        ParsedItem second = new ParsedItem(number, item.printedPage(), item.continuesToPage(), item.pdfPage(),
                item.chapter(), item.section(), item.kind(), tail);
        List<ParsedItem> result = new ArrayList<>(plan.items());
        result.set(index, item.withText(head));
        result.add(index + 1, second);
        return plan.withItems(result);
    }

    static ParsedPlan editText(ParsedPlan plan, int index, String text) {
        require(text != null && !text.isBlank(), "An item needs some text. To remove the item, use Drop item.");
        return replace(plan, index, item(plan, index).withText(text.strip()));
    }

    /** "2.18", "2.18." or blank (no number). */
    static ParsedPlan setNumber(ParsedPlan plan, int index, String number) {
        return replace(plan, index, item(plan, index).withNumber(cleanNumber(number)));
    }

    static ParsedPlan setPrintedPage(ParsedPlan plan, int index, Integer page) {
        require(page == null || page >= 1 && page <= 99_999, "A page is a number such as 37.");
        ParsedItem item = item(plan, index).withPrintedPage(page);
        if (page != null && item.continuesToPage() != null && item.continuesToPage() <= page) {
            item = item.withContinuesToPage(null);
        }
        return replace(plan, index, item);
    }

    static ParsedPlan setKind(ParsedPlan plan, int index, ItemKind kind) {
        return replace(plan, index, item(plan, index).withKind(Objects.requireNonNull(kind, "kind")));
    }

    static ParsedPlan dropItem(ParsedPlan plan, int index) {
        item(plan, index);
        List<ParsedItem> result = new ArrayList<>(plan.items());
        result.remove(index);
        return plan.withItems(result);
    }

    /**
     * Moves an item under another section heading ({@code section} null: under its chapter's own
     * heading), in its chapter or another. It stays where it is when that keeps it next to the
     * section's items (a heading read one item too late or too early), when it stays in its
     * chapter under a new heading or none; otherwise it goes last in the section, or last in the
     * chapter for a heading the chapter does not have yet.
     */
    static ParsedPlan moveItem(ParsedPlan plan, int index, int chapter, String section) {
        ParsedItem item = item(plan, index);
        require(chapter >= 0 && chapter < plan.chapters().size(), "There is no such chapter.");
        String target = clean(section);
        if (item.chapter() == chapter && Objects.equals(item.section(), target)) {
            return plan;
        }
        List<ParsedItem> result = new ArrayList<>(plan.items());
        result.remove(index);
        int first = -1;
        int last = -1;
        int lastOfChapter = -1;
        int lastBefore = -1;
        for (int i = 0; i < result.size(); i++) {
            ParsedItem other = result.get(i);
            if (other.chapter() == chapter) {
                lastOfChapter = i;
                if (Objects.equals(other.section(), target)) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            } else if (other.chapter() < chapter) {
                lastBefore = i;
            }
        }
        int at;
        if (item.chapter() == chapter && (first < 0 || target == null)) {
            at = index;
        } else if (first >= 0) {
            at = index >= first && index <= last + 1 ? index : last + 1;
        } else {
            at = lastOfChapter >= 0 ? lastOfChapter + 1 : lastBefore + 1;
        }
        result.add(at, item.inChapter(chapter, target));
        return plan.withItems(result);
    }

    /**
     * Renames a section heading for all its items ({@code from} null: gives the chapter's items
     * under no heading one); a blank new name puts them directly under the chapter.
     */
    static ParsedPlan renameSection(ParsedPlan plan, int chapter, String from, String to) {
        chapter(plan, chapter);
        String target = clean(to);
        List<ParsedItem> result = new ArrayList<>();
        boolean found = false;
        for (ParsedItem item : plan.items()) {
            if (item.chapter() == chapter && Objects.equals(item.section(), from)) {
                found = true;
                item = item.withSection(target);
            }
            result.add(item);
        }
        require(found, "That section has no items left.");
        return plan.withItems(result);
    }

    static ParsedPlan setChapterTitle(ParsedPlan plan, int chapter, String title) {
        require(title != null && !title.isBlank(), "A chapter needs a title. To remove it, use Drop chapter.");
        return replaceChapter(plan, chapter, chapter(plan, chapter).withTitle(title.strip()));
    }

    static ParsedPlan setChapterNumber(ParsedPlan plan, int chapter, String number) {
        return replaceChapter(plan, chapter, chapter(plan, chapter).withNumber(cleanNumber(number)));
    }

    /** Removes a chapter and every item in it (a foreword, an annex not worth mapping). */
    static ParsedPlan dropChapter(ParsedPlan plan, int chapter) {
        chapter(plan, chapter);
        List<ParsedChapter> chapters = new ArrayList<>(plan.chapters());
        chapters.remove(chapter);
        List<ParsedItem> items = new ArrayList<>();
        for (ParsedItem item : plan.items()) {
            if (item.chapter() < chapter) {
                items.add(item);
            } else if (item.chapter() > chapter) {
                items.add(item.inChapter(item.chapter() - 1, item.section()));
            }
        }
        return plan.withChapters(chapters, items);
    }

    /** Stripped, without the full stop a plan prints after it ("2.18." → "2.18"), or null when blank. */
    static String cleanNumber(String number) {
        String value = clean(number);
        while (value != null && value.endsWith(".")) {
            value = clean(value.substring(0, value.length() - 1));
        }
        require(value == null || value.length() <= MAX_NUMBER && !value.matches(".*\\s.*"),
                "A number is short and has no spaces, such as 2.18.");
        return value;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ParsedItem item(ParsedPlan plan, int index) {
        require(index >= 0 && index < plan.items().size(), "Choose an item first.");
        return plan.items().get(index);
    }

    private static ParsedChapter chapter(ParsedPlan plan, int chapter) {
        require(chapter >= 0 && chapter < plan.chapters().size(), "Choose a chapter first.");
        return plan.chapters().get(chapter);
    }

    private static ParsedPlan replace(ParsedPlan plan, int index, ParsedItem item) {
        List<ParsedItem> result = new ArrayList<>(plan.items());
        result.set(index, item);
        return plan.withItems(result);
    }

    private static ParsedPlan replaceChapter(ParsedPlan plan, int index, ParsedChapter chapter) {
        List<ParsedChapter> result = new ArrayList<>(plan.chapters());
        result.set(index, chapter);
        return plan.withChapters(result, plan.items());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new CorrectionRefused(message);
        }
    }
}
