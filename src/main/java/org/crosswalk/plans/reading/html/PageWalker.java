package org.crosswalk.plans.reading.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosswalk.plans.reading.BlockRole;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.ReaderSupport;
import org.crosswalk.plans.reading.SourceBlock;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** Walks the page once, turning its headings, paragraphs, lists, boxes and tables into source blocks. */
final class PageWalker implements NodeFilter {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Pattern MSO_LEVEL = Pattern.compile("mso-list:[^;]*level(\\d)");

    /** The block being read: its element, the role and level its text takes, its box and its list nesting. */
    private record Context(Element element, BlockRole role, int level, int group, int listDepth) {
    }

    final List<SourceBlock> blocks = new ArrayList<>();
    final int total;
    private final StringBuilder buffer = new StringBuilder();
    private final Deque<Context> stack = new ArrayDeque<>();
    private final ReadProgress progress;
    private final Set<String> leftOut = new LinkedHashSet<>();
    private final int[] markers = {0};
    private final int nameLimit;
    private int seen;
    private int nextGroup = 1;

    PageWalker(ReadProgress progress, int total, int rootTextLength) {
        this.progress = progress;
        this.total = total;
        this.nameLimit = Math.max(3000, rootTextLength * 3 / 10);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            buffer.append(text.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e) || depth > HtmlPlanReader.MAX_DEPTH) {
            return FilterResult.CONTINUE;
        }
        if (++seen % 200 == 0) {
            progress.checkCancelled();
            progress.update(seen, total, "Reading the web page");
        }
        if (!stack.isEmpty() && PageFurniture.isSkipped(e, nameLimit)) {
            noteLeftOut(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (NoteMarkers.isNoteMarker(e)) {
            markers[0]++;
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            buffer.append(' ');
            return FilterResult.CONTINUE;
        }
        if (!BLOCK_TAGS.contains(tag)) {
            return FilterResult.CONTINUE;
        }
        flush();
        Context context = enter(e, tag, stack.peek());
        stack.push(context);
        if (tag.equals("table") && HtmlTables.isDataTable(e)) {
            emitTable(e, context);
            return FilterResult.SKIP_CHILDREN;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && !stack.isEmpty() && stack.peek().element == e) {
            flush();
            stack.pop();
        }
        return FilterResult.CONTINUE;
    }

    private Context enter(Element e, String tag, Context parent) {
        BlockRole role = parent == null ? BlockRole.BODY : parent.role;
        int level = parent == null ? 0 : parent.level;
        int group = parent == null ? 0 : parent.group;
        int listDepth = parent == null ? 0 : parent.listDepth;
        if (group == 0 && HtmlTables.isBox(e)) {
            return new Context(e, BlockRole.BOXED, 0, nextGroup++, listDepth);
        }
        if (group != 0) {
            return new Context(e, BlockRole.BOXED, 0, group, listDepth);
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            return new Context(e, BlockRole.HEADING, tag.charAt(1) - '0', 0, listDepth);
        }
        if (role == BlockRole.HEADING) {
            // Broken markup: a heading left open swallows the paragraphs after it. Read them as text.
            role = BlockRole.BODY;
            level = 0;
        }
        if (tag.equals("ul") || tag.equals("ol")) {
            return new Context(e, role, level, 0, listDepth + 1);
        }
        if (tag.equals("li")) {
            return new Context(e, BlockRole.LIST_ITEM, Math.max(1, listDepth), 0, listDepth);
        }
        return new Context(e, role, level, group, listDepth);
    }

    /** Turns the text gathered since the last block began or ended into a block. */
    void flush() {
        if (buffer.length() == 0) {
            return;
        }
        String text = ReaderSupport.clean(buffer.toString());
        buffer.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        Context context = stack.peek();
        BlockRole role = context == null ? BlockRole.BODY : context.role;
        switch (role) {
            case HEADING -> blocks.add(SourceBlock.heading(context.level, text, null, null));
            case LIST_ITEM -> blocks.add(SourceBlock.listItem(context.level, text, null, null));
            case BOXED -> blocks.add(new SourceBlock(BlockRole.BOXED, 0, text, null, null, context.group));
            default -> addBody(text, context == null ? null : context.element);
        }
    }

    private void addBody(String text, Element element) {
        int bullet = ReaderSupport.typedBulletLength(text);
        String style = element == null ? "" : element.attr("style").toLowerCase(Locale.ROOT);
        Matcher msoLevel = MSO_LEVEL.matcher(style);
        int level = msoLevel.find() ? Integer.parseInt(msoLevel.group(1)) : 1;
        if (bullet < 0 && style.contains("mso-list:") && text.length() > 2
                && "o\u00A7\u00D8\u00FC".indexOf(text.charAt(0)) >= 0 && Character.isWhitespace(text.charAt(1))) {
            bullet = 2; // Word's "o", "§", "Ø", "ü" bullets from symbol fonts, saved as letters.
        }
        if (bullet >= 0) {
            blocks.add(SourceBlock.listItem(level, text.substring(bullet).strip(), null, null));
        } else if (ReaderSupport.isLetteredEntry(text)) {
            blocks.add(SourceBlock.listItem(level, text, null, null));
        } else {
            blocks.add(SourceBlock.body(text, null, null));
        }
    }

    private void emitTable(Element table, Context context) {
        String caption = HtmlTables.captionText(table, markers);
        if (!caption.isEmpty()) {
            blocks.add(new SourceBlock(context.group == 0 ? BlockRole.BODY : BlockRole.BOXED, 0, caption, null,
                    null, context.group));
        }
        String rows = HtmlTables.rowsText(table, markers);
        if (!rows.isEmpty()) {
            blocks.add(new SourceBlock(BlockRole.TABLE, 0, rows, null, null, context.group));
        }
    }

    private void noteLeftOut(Element e) {
        String kind = PageFurniture.kind(e);
        if (kind != null) {
            leftOut.add(kind);
        }
    }

    /** What was left out, for the import's notes. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (!leftOut.isEmpty()) {
            notes.add("Left out the page's " + String.join(", ", leftOut) + ".");
        }
        if (markers[0] > 0) {
            notes.add("Left out " + markers[0] + " footnote marker" + (markers[0] == 1 ? "" : "s") + ".");
        }
        return notes;
    }
}
