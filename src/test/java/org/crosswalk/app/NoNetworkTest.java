package org.crosswalk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crosswalk makes no network connection: the main command-line flows run in a JVM of their own
 * under watches that see any socket, host-name lookup or URL connection ({@link NoNetworkProbe}
 * says what each can see), and the papers they write point at nothing on the internet that a
 * reader would fetch. scripts/no-network.sh runs the same flows, and the app, with no network at all.
 */
@Timeout(300)
class NoNetworkTest {
    private static final Pattern REMOTE = Pattern.compile("(?i)(https?:|ftp:)?//[^\\s\"')]+");

    @TempDir
    static Path dir;
    private static String output;
    private static int exit;

    @BeforeAll
    static void runTheFlowsWatched() throws Exception {
        NoNetworkProbe.writeFixtures(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process probe = new ProcessBuilder(java, "-Djava.security.manager=allow", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), NoNetworkProbe.class.getName(), "run", dir.toString())
                .redirectErrorStream(true)
                .start();
        output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(probe.waitFor(240, TimeUnit.SECONDS));
        exit = probe.exitValue();
    }

    @Test
    void everyMainFlowSucceedsWithoutAnyNetworkUse() {
        assertTrue(output.contains("WATCH-CHECK saw"), "the watch saw a deliberate connection: " + output);
        long flows = output.lines().filter(line -> line.startsWith("FLOW 0 ")).count();
        assertEquals(NoNetworkProbe.commands(dir).size(), flows, output);
        assertTrue(output.contains("NETWORK-USE 0"), output);
        assertEquals(0, exit, output);
    }

    @Test
    void theHtmlPaperLoadsNoFontStyleOrPictureFromTheInternet() throws IOException {
        Document html = Jsoup.parse(dir.resolve("paper.html").toFile(), "UTF-8");
        List<String> remote = new ArrayList<>();
        for (Element element : html.select("[src], link[href], [srcset], [poster], object[data]")) {
            for (String attribute : List.of("src", "href", "srcset", "poster", "data")) {
                if (REMOTE.matcher(element.attr(attribute)).find()) {
                    remote.add(element.tagName() + " " + attribute + "=" + element.attr(attribute));
                }
            }
        }
        for (Element style : html.select("style, [style]")) {
            String css = style.tagName().equals("style") ? style.data() : style.attr("style");
            Matcher url = Pattern.compile("(?i)(url\\(|@import)\\s*['\"]?([^'\")\\s]+)").matcher(css);
            while (url.find()) {
                if (REMOTE.matcher(url.group(2)).find()) {
                    remote.add("CSS " + url.group());
                }
            }
        }
        assertEquals(List.of(), remote);
        assertTrue(html.select("script").isEmpty(), "no scripts in the paper");
    }

    @Test
    void theWordAndExcelPapersHaveNoExternalPartsButLinks() throws IOException {
        for (String paper : List.of("paper.docx", "paper.xlsx")) {
            try (ZipFile zip = new ZipFile(dir.resolve(paper).toFile())) {
                List<String> external = new ArrayList<>();
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    assertTrue(!entry.getName().contains("externalLink"), paper + " has " + entry.getName());
                    if (entry.getName().endsWith(".rels")) {
                        String rels = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                        Matcher relationship = Pattern.compile("<Relationship\\b[^>]*>").matcher(rels);
                        while (relationship.find()) {
                            String tag = relationship.group();
                            if (tag.contains("TargetMode=\"External\"") && !tag.contains("/hyperlink\"")) {
                                external.add(entry.getName() + ": " + tag);
                            }
                        }
                    }
                }
                assertEquals(List.of(), external, paper + ": only clickable links may point outside");
            }
        }
    }

    @Test
    void thePdfPaperFetchesNothingAndRunsNothing() throws IOException {
        Set<String> reaching = Set.of("Launch", "GoToR", "GoToE", "SubmitForm", "ImportData", "JavaScript");
        List<String> found = new ArrayList<>();
        int examined = 0;
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("paper.pdf").toFile())) {
            for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
                COSObject object = pdf.getDocument().getObjectFromPool(key);
                COSBase value = object.getObject();
                examined++;
                if (value instanceof COSDictionary dictionary) {
                    String action = dictionary.getNameAsString(COSName.S);
                    if (action != null && reaching.contains(action)) {
                        found.add("action " + action);
                    }
                    if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.getPDFName("URL"))) {
                        found.add("script or URL file " + dictionary);
                    }
                }
            }
        }
        assertTrue(examined > 10, "the PDF's objects were read: " + examined);
        assertEquals(List.of(), found);
    }
}
