package org.crosswalk.plans.reading.text;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosswalk.plans.reading.BlockRole;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.PlanReader;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.ReaderSupport;
import org.crosswalk.plans.reading.SourceBlock;
import org.crosswalk.plans.reading.SourceDocument;
import org.crosswalk.plans.reading.TextDecoding;

/**
 * Reads a plan saved as plain text. Paragraphs are separated by blank lines and their wrapped
 * lines are joined again (a word hyphenated at a line end is joined up when it goes on in
 * lower case, unless the document only ever writes it with the hyphen). Headings are
 * "Chapter 2: Title" lines, Markdown "#" lines, and short lines without a closing full stop
 * that stand alone before body text. Lines starting "•", "-", "*", "–" or "(a)" are list
 * entries. Files whose paragraphs are each one long line (text copied out of Word) are read
 * one paragraph a line. A form feed starts a new page.
 */
public final class TextPlanReader implements PlanReader {
    /** The largest file read: plans in this format are far smaller, and the whole file is held in memory. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private static final Pattern CHAPTER = Pattern.compile(
            "^(?i:chapter)\\s+(?:\\d+[A-Za-z]?|[IVXLC]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                    + "\\b\\s*(?:[:.\\-\u2013\u2014]\\s*)?(?:\\S.*)?$");
    private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^\\s*(=+|-+)\\s*$");
    /** A line drawn across the page: "-----", "*****", "_____" or "=====". */
    private static final Pattern RULE = Pattern.compile("^(?:[-=_*\u2013\u2014\u2500]\\s*){3,}$");
    /** Lines that label something rather than head a section: "Source: ...", "Figure 4: ...", "Case study: ...". */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?i)^(?:(?:source|sources|note|notes)\\s*:|(?:figure|table|chart|graph|diagram|map|box)\\s*\\d"
                    + "|case study\\b|spotlight\\s*:)");
    private static final Pattern MULTI_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)+\\.?(?:\\s|$)");
    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\d+(?:\\.\\d+)+\\.?\\s+\\S");
    /** "Manchester.24 " as copied from a PDF: a word, its full stop, then an endnote number. */
    private static final Pattern ENDNOTE_AFTER_STOP = Pattern.compile(
            "(?<=\\p{L}{3}[.,]|[\\p{L})][.,][\u201D\"'\u2019)])\\d{1,3}(?=\\s|$)");

    private enum Kind { PLAIN, BULLET, CHAPTER, MARKDOWN }

    private record Line(String text, int page) {
    }

    /** A run of lines that makes one block. */
    private static final class Piece {
        final Kind kind;
        final List<String> lines = new ArrayList<>();
        final int page;
        int indent;
        int level;
        String text;
        boolean fromSingleLine = true;

        Piece(Kind kind, int page) {
            this.kind = kind;
            this.page = page;
        }
    }

    @Override
    public SourceDocument read(Path file, ReadProgress progress) throws PlanReadException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progress, "progress");
        byte[] bytes = ReaderSupport.readWhole(file, MAX_BYTES, "text file");
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, false);
        if (decoded == null) {
            throw new PlanReadException("This file is not a document Crosswalk can read: it holds binary data, not text. "
                    + ReaderSupport.READABLE_FORMATS);
        }
        try {
            SourceDocument document = readText(decoded.text(), progress);
            if (decoded.charset().equals("windows-1252")) {
                List<String> notes = new ArrayList<>(document.notes());
                notes.add(0, "The file is not in UTF-8; it was read as Windows text (windows-1252).");
                return new SourceDocument(document.titleHint(), document.blocks(), document.pageCount(), notes);
            }
            return document;
        } catch (CancellationException | PlanReadException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new PlanReadException("This text file could not be read: it looks damaged.", e);
        }
    }

    /** Reads text already decoded (for tests and pasted text). */
    SourceDocument readText(String text, ReadProgress progress) throws PlanReadException {
        List<Line> lines = lines(text);
        Set<String> vocabulary = vocabulary(lines);
        List<Piece> pieces = pieces(lines, isUnwrapped(lines));
        List<String> notes = new ArrayList<>();
        int[] endnotes = {0};
        for (Piece piece : pieces) {
            piece.text = join(piece.lines, vocabulary, endnotes);
        }
        pieces.removeIf(p -> p.text.isEmpty());
        List<SourceBlock> blocks = blocks(pieces, progress);
        if (!ReaderSupport.hasText(blocks)) {
            throw new PlanReadException("This text file has no text to import.");
        }
        if (endnotes[0] > 0) {
            notes.add("Left out " + endnotes[0] + " endnote number" + (endnotes[0] == 1 ? "" : "s")
                    + " written straight after a full stop (as in \"Manchester.24\").");
        }
        boolean paged = text.indexOf('\f') >= 0;
        int pageCount = paged ? blocks.stream().mapToInt(b -> b.pdfPage() == null ? 0 : b.pdfPage()).max().orElse(0) : 0;
        return new SourceDocument(null, ReaderSupport.shiftHeadings(blocks), pageCount, notes);
    }

    private static List<Line> lines(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!normal.isEmpty() && normal.charAt(0) == '\uFEFF') {
            normal = normal.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        int page = 1;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            if (c == '\n') {
                lines.add(new Line(current.toString(), page));
                current.setLength(0);
            } else if (c == '\f') {
                lines.add(new Line(current.toString(), page));
                lines.add(new Line("", page));
                current.setLength(0);
                page++;
            } else {
                current.append(c);
            }
        }
        lines.add(new Line(current.toString(), page));
        return lines;
    }

    /** Text whose paragraphs are one long line each, as copied out of a word processor. */
    private static boolean isUnwrapped(List<Line> lines) {
        int nonBlank = 0;
        int longLines = 0;
        for (Line line : lines) {
            if (!line.text.isBlank()) {
                nonBlank++;
                if (line.text.strip().length() > 150) {
                    longLines++;
                }
            }
        }
        return nonBlank > 0 && longLines * 5 >= nonBlank;
    }

    private static List<Piece> pieces(List<Line> lines, boolean unwrapped) {
        List<Piece> pieces = new ArrayList<>();
        Piece current = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String raw = line.text.replace("\t", "    ");
            String stripped = raw.strip();
            if (stripped.isEmpty() || RULE.matcher(stripped).matches()) {
                current = null;
                continue;
            }
            // "Title" underlined with === or --- (Markdown's other heading style).
            if (i + 1 < lines.size() && SETEXT.matcher(lines.get(i + 1).text).matches()
                    && (current == null) && !stripped.startsWith("-") && stripped.length() <= 200) {
                Piece heading = new Piece(Kind.MARKDOWN, line.page);
                heading.level = lines.get(i + 1).text.strip().startsWith("=") ? 1 : 2;
                heading.lines.add(stripped);
                pieces.add(heading);
                i++;
                current = null;
                continue;
            }
            Matcher markdown = MARKDOWN.matcher(stripped);
            if (markdown.matches() && !markdown.group(2).isEmpty()) {
                Piece heading = new Piece(Kind.MARKDOWN, line.page);
                heading.level = markdown.group(1).length();
                heading.lines.add(markdown.group(2));
                pieces.add(heading);
                current = null;
                continue;
            }
            int indent = raw.length() - raw.stripLeading().length();
            int bullet = ReaderSupport.typedBulletLength(stripped);
            boolean listStart = bullet >= 0 || ReaderSupport.isLetteredEntry(stripped);
            boolean chapter = CHAPTER.matcher(stripped).matches() && !stripped.endsWith(".");
            boolean numbered = NUMBERED_LINE.matcher(stripped).find() && current != null && endsSentence(
                    current.lines.get(current.lines.size() - 1));
            boolean headingGoesOn = current != null && current.kind == Kind.CHAPTER && current.lines.size() == 1
                    && Character.isLowerCase(stripped.charAt(0)) && !unwrapped;
            if (unwrapped || current == null || listStart || chapter || numbered
                    || current.kind == Kind.CHAPTER && !headingGoesOn) {
                Kind kind = listStart ? Kind.BULLET : chapter ? Kind.CHAPTER : Kind.PLAIN;
                current = new Piece(kind, line.page);
                current.indent = indent;
                current.lines.add(bullet >= 0 ? stripped.substring(bullet) : stripped);
                pieces.add(current);
            } else {
                current.lines.add(stripped);
                current.fromSingleLine = false;
            }
        }
        return pieces;
    }

    private static boolean endsSentence(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        return ".:;!?)\u201D\"".indexOf(last) >= 0;
    }

    /** The words of the document, lower case, with hyphenated words kept whole. */
    private static Set<String> vocabulary(List<Line> lines) {
        Set<String> words = new HashSet<>();
        for (Line line : lines) {
            for (String token : line.text.split("[\\s\u00A0]+")) {
                String word = trimWord(token);
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static String trimWord(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    private static String join(List<String> lines, Set<String> vocabulary, int[] endnotes) {
        StringBuilder out = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String next = lines.get(i);
            int end = out.length();
            char last = end == 0 ? ' ' : out.charAt(end - 1);
            char before = end < 2 ? ' ' : out.charAt(end - 2);
            char first = next.isEmpty() ? ' ' : next.charAt(0);
            if (last == '\u00AD') {
                out.setLength(end - 1);
                out.append(next);
            } else if (last == '-' && Character.isLetter(before) && Character.isLowerCase(first)) {
                String head = trailingWord(out);
                String tail = leadingWord(next);
                String joined = (head + tail).toLowerCase(Locale.ROOT);
                String hyphenated = (head + "-" + tail).toLowerCase(Locale.ROOT);
                if (!vocabulary.contains(joined) && vocabulary.contains(hyphenated)) {
                    out.append(next);
                } else {
                    out.setLength(end - 1);
                    out.append(next);
                }
            } else if ((last == '-' || last == '\u2013' || last == '\u2014' || last == '/')
                    && Character.isLetterOrDigit(before) && !Character.isWhitespace(first)) {
                out.append(next);
            } else {
                out.append(' ').append(next);
            }
        }
        String text = ReaderSupport.clean(out.toString());
        Matcher marker = ENDNOTE_AFTER_STOP.matcher(text);
        if (marker.find()) {
            StringBuilder cleaned = new StringBuilder();
            do {
                endnotes[0]++;
                marker.appendReplacement(cleaned, "");
            } while (marker.find());
            marker.appendTail(cleaned);
            text = ReaderSupport.clean(cleaned.toString());
        }
        return text;
    }

    /** The letters before the final hyphen of {@code text}. */
    private static String trailingWord(CharSequence text) {
        int end = text.length() - 1;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.subSequence(start, end).toString();
    }

    private static String leadingWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static List<SourceBlock> blocks(List<Piece> pieces, ReadProgress progress) {
        boolean hasTopHeading = pieces.stream().anyMatch(p -> p.kind == Kind.CHAPTER
                || p.kind == Kind.MARKDOWN && p.level == 1);
        int shortLevel = hasTopHeading ? 2 : 1;
        boolean paged = pieces.stream().anyMatch(p -> p.page > 1);
        List<SourceBlock> blocks = new ArrayList<>();
        Deque<Integer> indents = new ArrayDeque<>();
        for (int i = 0; i < pieces.size(); i++) {
            progress.checkCancelled();
            if (i % 50 == 0) {
                progress.update(i, pieces.size(), "Reading paragraph " + (i + 1) + " of " + pieces.size());
            }
            Piece piece = pieces.get(i);
            Integer page = paged ? piece.page : null;
            if (piece.kind != Kind.BULLET) {
                indents.clear();
            }
            switch (piece.kind) {
                case CHAPTER -> blocks.add(SourceBlock.heading(1, piece.text, page, null));
                case MARKDOWN -> blocks.add(SourceBlock.heading(piece.level, piece.text, page, null));
                case BULLET -> {
                    while (!indents.isEmpty() && piece.indent < indents.peek()) {
                        indents.pop();
                    }
                    if (indents.isEmpty() || piece.indent > indents.peek()) {
                        indents.push(piece.indent);
                    }
                    blocks.add(SourceBlock.listItem(indents.size(), piece.text, page, null));
                }
                case PLAIN -> {
                    Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
                    if (isShortHeading(piece) && next != null && isBodyText(next)) {
                        blocks.add(SourceBlock.heading(shortLevel, piece.text, page, null));
                    } else {
                        blocks.add(new SourceBlock(BlockRole.BODY, 0, piece.text, page, null, 0));
                    }
                }
                default -> throw new IllegalStateException(piece.kind.name());
            }
        }
        progress.update(pieces.size(), pieces.size(), "Read " + pieces.size() + " paragraphs");
        return blocks;
    }

    private static boolean isShortHeading(Piece piece) {
        String text = piece.text;
        if (!piece.fromSingleLine || text.length() > 100 || text.split(" ").length > 12) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (".,;:".indexOf(last) >= 0) {
            return false;
        }
        char first = text.charAt(0);
        return !Character.isLowerCase(first) && !MULTI_NUMBER.matcher(text).find() && !LABEL_LINE.matcher(text).find();
    }

    private static boolean isBodyText(Piece piece) {
        if (piece.kind != Kind.PLAIN) {
            return false;
        }
        String text = piece.text;
        char last = text.charAt(text.length() - 1);
        return text.length() > 100 || !piece.fromSingleLine || ".:;!?\u201D\")".indexOf(last) >= 0;
    }
}
