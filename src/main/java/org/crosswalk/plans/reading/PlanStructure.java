package org.crosswalk.plans.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosswalk.model.ItemKind;

/**
 * Works out a plan's outline from a reader's blocks, the same way for every format: chapters
 * and sections from headings, numbered paragraphs ("2.18.") with their bullet lists, paragraphs
 * that run on over a page break, and the unnumbered material kept apart (chapter introductions,
 * case studies, figures, tables). Endnotes lists are left out. A document without paragraph
 * numbers gives one item per paragraph or bullet under its headings.
 */
public final class PlanStructure {
    private static final Pattern CHAPTER_HEADING = Pattern.compile(
            "(?i)^(chapter|part)\\s+(\\d{1,2}|[a-z]+)\\b\\s*[:.\\-–—]?\\s*(.*)$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,2})\\.?\\s+(\\p{L}.*)$");
    private static final Pattern ENDNOTES = Pattern.compile("(?i)^(end\\s*notes|notes|references|footnotes)$");
    private static final Pattern FIGURE = Pattern.compile("(?i)^(figure|chart|graph|diagram|map|infographic)\\s*\\d*[.:]?\\s");
    private static final Pattern TABLE_CAPTION = Pattern.compile("(?i)^table\\s*\\d+[.:]?\\s");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^(source|sources|note|notes)\\s*:");
    private static final Pattern CASE_STUDY = Pattern.compile("(?i)^(case study|box|example|spotlight)\\b");
    private static final Pattern LETTERED = Pattern.compile("^\\(?([a-z]|[ivx]{1,4})\\)\\s");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));

    private final List<SourceBlock> blocks;
    private final boolean numbered;
    private final int chapterLevel;
    private final List<ParsedChapter> chapters = new ArrayList<>();
    private final List<ParsedItem> items = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String section;
    private ParagraphNumber lastNumber;
    private boolean inEndnotes;
    private SourceBlock previousBlock;

    private PlanStructure(SourceDocument document) {
        this.blocks = document.blocks();
        this.numbered = countNumbered(blocks) >= 3;
        this.chapterLevel = chapterLevel(blocks);
        notes.addAll(document.notes());
    }

    public static ParsedPlan build(SourceDocument document) {
        PlanStructure structure = new PlanStructure(document);
        structure.walk();
        return new ParsedPlan(document.titleHint(), structure.chapters, structure.items, structure.numbered,
                structure.notes);
    }

    private void walk() {
        for (SourceBlock block : blocks) {
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (block.role() == BlockRole.HEADING) {
                heading(block, text);
            } else if (!inEndnotes) {
                content(block, text);
            }
            previousBlock = block;
        }
        if (items.isEmpty()) {
            notes.add("No paragraphs were found in this document.");
        }
    }

    private void heading(SourceBlock block, String text) {
        if (ENDNOTES.matcher(text).matches()) {
            inEndnotes = true;
            notes.add("The “" + text + "” list (page " + pageName(block) + ") was left out: it holds references, "
                    + "not plan paragraphs.");
            return;
        }
        Matcher chapter = CHAPTER_HEADING.matcher(text);
        boolean isChapter = chapter.matches() ? numberWord(chapter.group(2)) != null
                : chapterLevel > 0 && block.level() <= chapterLevel;
        if (isChapter) {
            inEndnotes = false;
            String number = chapter.matches() ? numberWord(chapter.group(2)) : null;
            String title = chapter.matches() && !chapter.group(3).isBlank() ? chapter.group(3).strip() : text;
            Matcher numberedHeading = NUMBERED_HEADING.matcher(text);
            if (!chapter.matches() && numberedHeading.matches()) {
                number = numberedHeading.group(1);
                title = numberedHeading.group(2).strip();
            }
            chapters.add(new ParsedChapter(number, title, block.printedPage(), block.pdfPage()));
            section = null;
        } else if (!inEndnotes) {
            ensureChapter(block);
            section = text;
        }
    }

    private void content(SourceBlock block, String text) {
        ensureChapter(block);
        Optional<ParagraphNumber> number = numbered && block.role() == BlockRole.BODY
                ? ParagraphNumber.atStart(text).filter(n -> n.canFollow(lastNumber)) : Optional.empty();
        if (number.isPresent()) {
            lastNumber = number.get();
            giveChapterItsNumber(number.get());
            add(number.get().toString(), block, ItemKind.PARAGRAPH, ParagraphNumber.stripFrom(text));
            return;
        }
        ParsedItem last = items.isEmpty() ? null : items.get(items.size() - 1);
        boolean sameChapter = last != null && last.chapter() == chapters.size() - 1;
        if (block.role() == BlockRole.LIST_ITEM && sameChapter && canTakeList(last)) {
            replaceLast(last.withText(last.text() + "\n" + listEntry(text)));
        } else if (block.role() == BlockRole.BOXED && sameChapter && last.kind() == ItemKind.CASE_STUDY
                && previousBlock != null && previousBlock.group() == block.group()) {
            replaceLast(last.withText(last.text() + (startsTitleOnly(last) ? "\n" : " ") + text));
        } else if (block.role() == BlockRole.BOXED) {
            add(null, block, ItemKind.CASE_STUDY, text);
        } else if (block.role() == BlockRole.TABLE) {
            boolean captioned = sameChapter && last.kind() == ItemKind.TABLE && !last.text().contains("\n");
            if (captioned) {
                replaceLast(last.withText(last.text() + "\n" + text));
            } else {
                add(null, block, ItemKind.TABLE, text);
            }
        } else if (sameChapter && runsOnFromPreviousPage(last, block, text)) {
            replaceLast(last.withText(last.text() + " " + text).withContinuesToPage(block.printedPage()));
        } else if (FIGURE.matcher(text).find()) {
            add(null, block, ItemKind.FIGURE, text);
        } else if (TABLE_CAPTION.matcher(text).find()) {
            add(null, block, ItemKind.TABLE, text);
        } else if (SOURCE_LINE.matcher(text).find() && sameChapter
                && (last.kind() == ItemKind.FIGURE || last.kind() == ItemKind.TABLE)) {
            replaceLast(last.withText(last.text() + "\n" + text));
        } else if (CASE_STUDY.matcher(text).find() && text.length() < 120) {
            add(null, block, ItemKind.CASE_STUDY, text);
        } else if (block.role() == BlockRole.LIST_ITEM) {
            add(null, block, numbered ? ItemKind.PROSE : ItemKind.COMMITMENT, text);
        } else {
            add(null, block, numbered ? ItemKind.PROSE : ItemKind.PARAGRAPH, text);
        }
    }

    /**
     * A paragraph goes on at the top of the next page: plain text that opens a page straight
     * after a numbered paragraph that closed the previous one (captions, boxes and "Source:"
     * lines are caught before this), or text that starts in lower case mid-sentence.
     */
    private boolean runsOnFromPreviousPage(ParsedItem last, SourceBlock block, String text) {
        if (previousBlock == null || previousBlock.role() == BlockRole.HEADING || block.role() != BlockRole.BODY
                || last.kind() != ItemKind.PARAGRAPH && last.kind() != ItemKind.PROSE
                && last.kind() != ItemKind.COMMITMENT) {
            return false;
        }
        boolean newPage = block.pdfPage() != null && !block.pdfPage().equals(previousBlock.pdfPage());
        boolean unfinished = !endsSentence(last.text());
        boolean lowerCase = Character.isLowerCase(text.codePointAt(0));
        boolean caption = FIGURE.matcher(text).find() || TABLE_CAPTION.matcher(text).find()
                || SOURCE_LINE.matcher(text).find() || CASE_STUDY.matcher(text).find();
        boolean afterNumbered = numbered && last.kind() == ItemKind.PARAGRAPH && last.number() != null;
        return (newPage && !caption && (unfinished || afterNumbered)) || (lowerCase && unfinished);
    }

    private static boolean endsSentence(String text) {
        String end = text.stripTrailing();
        return end.matches("(?s).*[.!?:;…][\"'”’)\\]]*$");
    }

    /**
     * In a numbered plan a list belongs to the paragraph above it; in an unnumbered plan each
     * bullet is a commitment of its own (the 10 Year Health Plan's style).
     */
    private boolean canTakeList(ParsedItem last) {
        if (last.kind() == ItemKind.CASE_STUDY) {
            return true;
        }
        return numbered && (last.kind() == ItemKind.PARAGRAPH || last.kind() == ItemKind.PROSE);
    }

    private static String listEntry(String text) {
        return LETTERED.matcher(text).find() ? text : "• " + text;
    }

    private static boolean startsTitleOnly(ParsedItem item) {
        return !item.text().contains("\n") && !endsSentence(item.text()) && item.text().length() < 120;
    }

    private void add(String number, SourceBlock block, ItemKind kind, String text) {
        items.add(new ParsedItem(number, block.printedPage(), null, block.pdfPage(), chapters.size() - 1, section,
                kind, text));
    }

    private void replaceLast(ParsedItem item) {
        items.set(items.size() - 1, item);
    }

    /** Text before any chapter heading (or a plan without chapter headings) still needs a chapter. */
    private void ensureChapter(SourceBlock block) {
        if (chapters.isEmpty()) {
            chapters.add(new ParsedChapter(null, "Introduction", block.printedPage(), block.pdfPage()));
        }
    }

    /** A chapter heading without "Chapter N" takes its number from its first numbered paragraph. */
    private void giveChapterItsNumber(ParagraphNumber number) {
        int index = chapters.size() - 1;
        ParsedChapter chapter = chapters.get(index);
        if (chapter.number() == null) {
            boolean untitled = "Introduction".equals(chapter.title()) && items.stream().noneMatch(i -> i.chapter() == index);
            chapters.set(index, untitled ? new ParsedChapter(String.valueOf(number.chapter()), "Chapter " + number.chapter(),
                    chapter.printedPage(), chapter.pdfPage()) : chapter.withNumber(String.valueOf(number.chapter())));
        }
    }

    private static int countNumbered(List<SourceBlock> blocks) {
        int count = 0;
        ParagraphNumber last = null;
        for (SourceBlock block : blocks) {
            if (block.role() == BlockRole.BODY) {
                Optional<ParagraphNumber> number = ParagraphNumber.atStart(block.text().strip());
                if (number.isPresent() && number.get().canFollow(last)) {
                    last = number.get();
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The heading level that holds chapters: the level of "Chapter N" headings when there are
     * any, else the top level used more than once, else the top level; 0 without headings.
     */
    private static int chapterLevel(List<SourceBlock> blocks) {
        int explicit = 0;
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (SourceBlock block : blocks) {
            if (block.role() != BlockRole.HEADING) {
                continue;
            }
            Matcher chapter = CHAPTER_HEADING.matcher(block.text().strip());
            if (chapter.matches() && numberWord(chapter.group(2)) != null) {
                explicit = explicit == 0 ? block.level() : Math.min(explicit, block.level());
            }
            counts.merge(block.level(), 1, Integer::sum);
        }
        if (explicit > 0) {
            return explicit;
        }
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).findFirst()
                .orElse(counts.isEmpty() ? 0 : counts.keySet().iterator().next());
    }

    private static String numberWord(String word) {
        if (word.matches("\\d{1,2}")) {
            return word;
        }
        return NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    private static String pageName(SourceBlock block) {
        return block.printedPage() != null ? block.printedPage().toString()
                : block.pdfPage() != null ? block.pdfPage().toString() : "?";
    }
}
