package org.crosswalk.plans.reading.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
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

    /**
     * Elements nested deeper than this are read as plain text: real pages never nest so deep, and
     * checking each element of a hostile page's thousand-deep nesting would take minutes.
     */
    static final int MAX_DEPTH = 200;
    private static final Pattern CHAPTER = Pattern.compile("(?i)^(?:chapter|part|section)\\s+\\S+");
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
        PageWalker walker = new PageWalker(progress, root.getAllElements().size(), root.text().length());
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
}
