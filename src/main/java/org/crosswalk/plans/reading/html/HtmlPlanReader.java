package org.crosswalk.plans.reading.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads a plan published as a web page, including pages saved from a browser (gov.uk) and
 * pages saved from Word. Headings h1 to h6 become heading levels (the largest used is level
 * 1), paragraphs become body blocks, list entries keep their nesting, tables become one block
 * each, and asides and boxes become boxed text (a figure's caption and source line stay plain
 * text, so they are read as a figure, as in a PDF). Site navigation, headers, footers,
 * cookie banners, forms, scripts and hidden text are left out, as are footnote markers
 * ("<sup>27</sup>") and the footnotes themselves. Broken markup is read as a browser would.
 */
public final class HtmlPlanReader implements PlanReader {
    /** The largest file read: plans in this format are far smaller, and the whole file is held in memory. */
    static final long MAX_BYTES = 100L * 1024 * 1024;

    private static final Set<String> SKIPPED_TAGS = Set.of("nav", "footer", "script", "style", "noscript", "form",
            "button", "input", "select", "textarea", "option", "template", "iframe", "object", "embed", "svg", "canvas",
            "map", "dialog", "head", "title", "meta", "link", "audio", "video", "math", "menu");
    private static final Set<String> SKIPPED_ROLES = Set.of("navigation", "banner", "contentinfo", "search", "dialog",
            "alertdialog", "menu", "menubar", "toolbar", "doc-endnotes", "doc-footnotes", "doc-toc");
    /** Class or id fragments of page furniture that is not the plan's text. */
    private static final List<String> SKIPPED_NAMES = List.of("cookie", "consent", "gdpr", "skip-link", "skiplink",
            "breadcrumb", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "contents-list",
            "table-of-contents", "related-navigation", "related-links", "feedback", "back-to-top", "msotoc");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Pattern MARKER_TEXT = Pattern.compile(
            "^[\\[(]?\\d{1,3}(?:\\s*[,\u2013\\-]\\s*\\d{1,3})*[\\])]?$");
    /**
     * Elements nested deeper than this are read as plain text: real pages never nest so deep, and
     * checking each element of a hostile page's thousand-deep nesting would take minutes.
     */
    static final int MAX_DEPTH = 200;
    private static final Pattern CHAPTER = Pattern.compile("(?i)^(?:chapter|part|section)\\s+\\S+");
    private static final Pattern NOTE_TEXT = Pattern.compile("(?i)^\\[?(?:foot|end)?note\\s*\\d{1,3}\\]?$");
    private static final Pattern MSO_LEVEL = Pattern.compile("mso-list:[^;]*level(\\d)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=|<\\?xml[^>]+encoding\\s*=");

    @Override
    public SourceDocument read(Path file, ReadProgress progress) throws PlanReadException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(progress, "progress");
        byte[] bytes = ReaderSupport.readWhole(file, MAX_BYTES, "web page");
        try {
            return readDocument(parse(bytes, file.toUri().toString()), progress);
        } catch (CancellationException | PlanReadException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new PlanReadException("This web page could not be read: it looks damaged. Open it in a browser and save "
                    + "it again, or print it to PDF, then import that.", e);
        }
    }

    /** Reads HTML already in a string (for tests and pasted pages). */
    SourceDocument readHtml(String html, ReadProgress progress) throws PlanReadException {
        return readDocument(Jsoup.parse(html), progress);
    }

    private static Document parse(byte[] bytes, String baseUri) throws IOException {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        boolean marked = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFE);
        if (marked || META_CHARSET.matcher(start).find()) {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, false);
        String text = decoded != null ? decoded.text() : new String(bytes, Charset.forName("windows-1252"));
        return Jsoup.parse(text, baseUri);
    }

    private SourceDocument readDocument(Document document, ReadProgress progress) throws PlanReadException {
        Element root = contentRoot(document);
        Walker walker = new Walker(progress, root.getAllElements().size(), root.text().length());
        NodeTraversor.filter(walker, root);
        walker.flush();
        String title = titleHint(document);
        List<SourceBlock> found = new ArrayList<>(walker.blocks);
        if (isPageTitle(found, title)) {
            title = title == null ? found.get(0).text() : title;
            found.remove(0);
        }
        List<SourceBlock> blocks = ReaderSupport.shiftHeadings(found);
        if (!ReaderSupport.hasText(blocks)) {
            throw new PlanReadException("This web page has no text to import. If the page shows its text only once "
                    + "scripts have run, open it in a browser and save it again after it has loaded, or print it to PDF.");
        }
        progress.update(walker.total, walker.total, "Read the web page");
        return new SourceDocument(title, blocks, 0, walker.notes());
    }

    /**
     * Whether the page opens with its own title as the one heading of the largest size above the
     * chapters (gov.uk's "h1"): like Word's Title style, that is the plan's title, not a chapter.
     */
    private static boolean isPageTitle(List<SourceBlock> blocks, String title) {
        if (blocks.isEmpty() || blocks.get(0).role() != BlockRole.HEADING) {
            return false;
        }
        SourceBlock first = blocks.get(0);
        long sameLevel = blocks.stream().filter(b -> b.role() == BlockRole.HEADING && b.level() <= first.level())
                .count();
        long headings = blocks.stream().filter(b -> b.role() == BlockRole.HEADING).count();
        boolean sameText = title == null || ReaderSupport.clean(title).equalsIgnoreCase(first.text());
        return sameLevel == 1 && headings > 1 && sameText && !CHAPTER.matcher(first.text()).find();
    }

    /** The page's main content when it marks one, else the whole body. */
    private static Element contentRoot(Document document) {
        Element main = document.selectFirst("main, [role=main]");
        if (main != null && !main.text().isBlank()) {
            return main;
        }
        List<Element> articles = document.select("article");
        if (articles.size() == 1 && !articles.get(0).text().isBlank()) {
            return articles.get(0);
        }
        return document.body() != null ? document.body() : document;
    }

    private static String titleHint(Document document) {
        for (String query : new String[] {"meta[property=og:title]", "meta[name=og:title]", "meta[name=DC.title]",
            "meta[name=dcterms.title]"}) {
            Element meta = document.selectFirst(query);
            if (meta != null && !meta.attr("content").isBlank()) {
                return ReaderSupport.clean(meta.attr("content"));
            }
        }
        Element title = document.selectFirst("title");
        if (title != null) {
            String text = ReaderSupport.clean(title.text()).replaceFirst("\\s+[-\u2013|]\\s+GOV\\.UK$", "");
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    /** Text inside a block, with the same things left out as elsewhere. */
    private static String textOf(Element element, int[] markers) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element e && e != element && depth <= MAX_DEPTH) {
                    if (isSkipped(e, Integer.MAX_VALUE)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (isNoteMarker(e)) {
                        markers[0]++;
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("br") || BLOCK_TAGS.contains(e.normalName())) {
                        out.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    out.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return ReaderSupport.clean(out.toString());
    }

    /**
     * Whether an element is page furniture rather than the plan's text. Class and id names
     * ("cookie-banner") only count for elements holding at most {@code nameLimit} characters,
     * so a wrapper named "has-cookie-banner" around the whole page is still read.
     */
    static boolean isSkipped(Element e, int nameLimit) {
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("header") && e.closest("main, article, [role=main]") == null) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || "hidden".equalsIgnoreCase(e.attr("type"))) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")
                || style.contains("mso-element:header") || style.contains("mso-element:footer")
                || style.contains("mso-element:footnote") || style.contains("mso-element:endnote")
                || style.contains("mso-element:comment")) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (SKIPPED_ROLES.contains(role)) {
            return true;
        }
        if (isFootnoteList(e)) {
            return true;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && isNamedFurniture(names) && e.text().length() <= nameLimit;
    }

    private static boolean isNamedFurniture(String names) {
        for (String fragment : SKIPPED_NAMES) {
            if (names.contains(fragment)) {
                return true;
            }
        }
        for (String token : names.split("\\s+")) {
            if (token.equals("toc")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFootnoteList(Element e) {
        String names = (" " + e.className() + " " + e.id() + " ").toLowerCase(Locale.ROOT);
        return names.contains(" footnotes ") || names.contains(" endnotes ") || names.contains(" footnote-list ")
                || names.contains(" endnote-list ");
    }

    /** A footnote or endnote marker: "<sup>27</sup>", "<a href="#fn:27">[footnote 27]</a>", Word's "[1]". */
    static boolean isNoteMarker(Element e) {
        String tag = e.normalName();
        if (!tag.equals("sup") && !tag.equals("a") && !tag.equals("span")
                || tag.equals("a") && !isNoteLink(e)
                || tag.equals("span") && !e.className().toLowerCase(Locale.ROOT).contains("reference")) {
            return false;
        }
        if (e.childNodeSize() > 20) {
            return false;
        }
        String text = e.text().strip();
        boolean numberLike = text.isEmpty() || MARKER_TEXT.matcher(text).matches()
                || NOTE_TEXT.matcher(text).matches();
        if (tag.equals("sup")) {
            if (numberLike || e.attr("role").equalsIgnoreCase("doc-noteref")) {
                return true;
            }
            for (Element link : e.getElementsByTag("a")) {
                if (isNoteLink(link) || text.length() <= 6 && link.attr("href").startsWith("#")) {
                    return true;
                }
            }
            return false;
        }
        if (tag.equals("a")) {
            return isNoteLink(e) && numberLike;
        }
        if (tag.equals("span")) {
            String names = e.className().toLowerCase(Locale.ROOT);
            return (names.contains("msofootnotereference") || names.contains("msoendnotereference")) && numberLike;
        }
        return false;
    }

    private static boolean isNoteLink(Element a) {
        String href = a.attr("href").toLowerCase(Locale.ROOT);
        String names = (a.className() + " " + a.attr("rel") + " " + a.attr("role")).toLowerCase(Locale.ROOT);
        return href.startsWith("#fn") || href.startsWith("#footnote") || href.startsWith("#_ftn")
                || href.startsWith("#_edn") || href.startsWith("#endnote") || href.startsWith("#note")
                || names.contains("footnote") || names.contains("endnote") || names.contains("doc-noteref");
    }

    private static boolean isBox(Element e) {
        String tag = e.normalName();
        if (tag.equals("aside")) {
            return true;
        }
        if (e.attr("style").toLowerCase(Locale.ROOT).contains("mso-element:para-border-div")) {
            return true;
        }
        for (String name : e.classNames()) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("box") || n.endsWith("-box") || n.endsWith("_box") || n.startsWith("box-")
                    || n.equals("call-to-action") || n.equals("example") || n.equals("govuk-inset-text")
                    || n.equals("case-study") || n.equals("callout") || n.equals("info-box")) {
                return true;
            }
        }
        return tag.equals("table") && isSingleCell(e);
    }

    private static boolean isSingleCell(Element table) {
        List<Element> rows = rows(table);
        return rows.size() == 1 && cells(rows.get(0)).size() == 1;
    }

    private static boolean isDataTable(Element table) {
        String role = table.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("presentation") || role.equals("none") || isSingleCell(table)) {
            return false;
        }
        return table.select("table table, h1, h2, h3, h4, h5, h6").isEmpty();
    }

    /** The rows of a table, not those of tables inside it. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element cell : row.children()) {
            if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private record Context(Element element, BlockRole role, int level, int group, int listDepth) {
    }

    /** Walks the page once, turning its blocks into source blocks as it leaves each one. */
    private static final class Walker implements NodeFilter {
        final List<SourceBlock> blocks = new ArrayList<>();
        final StringBuilder buffer = new StringBuilder();
        final Deque<Context> stack = new ArrayDeque<>();
        final ReadProgress progress;
        final int total;
        final Set<String> leftOut = new LinkedHashSet<>();
        final int[] markers = {0};
        int seen;
        int nextGroup = 1;

        final int nameLimit;

        Walker(ReadProgress progress, int total, int rootTextLength) {
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
            if (!(node instanceof Element e) || depth > MAX_DEPTH) {
                return FilterResult.CONTINUE;
            }
            if (++seen % 200 == 0) {
                progress.checkCancelled();
                progress.update(seen, total, "Reading the web page");
            }
            if (!stack.isEmpty() && isSkipped(e, nameLimit)) {
                noteLeftOut(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isNoteMarker(e)) {
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
            if (tag.equals("table") && isDataTable(e)) {
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
            if (group == 0 && isBox(e)) {
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
            Element caption = table.selectFirst("caption");
            if (caption != null && caption.closest("table") == table) {
                String text = textOf(caption, markers);
                if (!text.isEmpty()) {
                    blocks.add(new SourceBlock(context.group == 0 ? BlockRole.BODY : BlockRole.BOXED, 0, text, null,
                            null, context.group));
                }
            }
            StringBuilder out = new StringBuilder();
            for (Element row : rows(table)) {
                if (isSkipped(row, Integer.MAX_VALUE)) {
                    continue;
                }
                List<String> texts = new ArrayList<>();
                boolean any = false;
                for (Element cell : cells(row)) {
                    String text = textOf(cell, markers);
                    any |= !text.isEmpty();
                    texts.add(text);
                }
                if (any) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(String.join(" | ", texts));
                }
            }
            if (out.length() > 0) {
                blocks.add(new SourceBlock(BlockRole.TABLE, 0, out.toString(), null, null, context.group));
            }
        }

        private void noteLeftOut(Element e) {
            String tag = e.normalName();
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (tag.equals("nav") || "navigation".equalsIgnoreCase(e.attr("role")) || names.contains("breadcrumb")
                    || names.contains("contents-list")) {
                leftOut.add("navigation");
            } else if (names.contains("cookie") || names.contains("consent")) {
                leftOut.add("cookie banner");
            } else if (isFootnoteList(e) || e.attr("role").toLowerCase(Locale.ROOT).startsWith("doc-")
                    || e.attr("style").toLowerCase(Locale.ROOT).contains("mso-element:footnote")
                    || e.attr("style").toLowerCase(Locale.ROOT).contains("mso-element:endnote")) {
                leftOut.add("footnotes");
            } else if (tag.equals("form")) {
                leftOut.add("forms");
            }
        }

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
}
