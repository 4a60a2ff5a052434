package org.crosswalk.plans.reading.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.ReadProgress;
import org.crosswalk.plans.reading.SourceBlock;
import org.crosswalk.plans.reading.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPlanReaderTest {
    @TempDir
    Path dir;

    private final HtmlPlanReader reader = new HtmlPlanReader();

    private SourceDocument read(String html) throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
        return reader.read(file, ReadProgress.NONE);
    }

    static List<String> describe(SourceDocument document) {
        return document.blocks().stream().map(HtmlPlanReaderTest::describe).toList();
    }

    static String describe(SourceBlock b) {
        return switch (b.role()) {
            case HEADING, LIST_ITEM -> b.role() + " " + b.level() + " " + b.text();
            case BOXED -> "BOXED " + b.group() + " " + b.text();
            default -> b.role() + " " + b.text();
        };
    }

    @Test
    void aCleanPageGivesHeadingsParagraphsListsTablesAndBoxes() throws Exception {
        SourceDocument read = read("""
                <!DOCTYPE html>
                <html lang="en"><head><title>The NHS Long Term Plan</title></head>
                <body>
                <h1>Chapter 2: More NHS action on prevention and health inequalities</h1>
                <p>This chapter sets out the new, funded action the NHS will take.</p>
                <h2>Smoking</h2>
                <p>2.8. By 2023/24, all people admitted to hospital who smoke will be offered
                   NHS-funded tobacco treatment services.</p>
                <figure>
                  <img src="chart.png" alt="">
                  <figcaption>Figure 4: Sugar-sweetened beverages as a share of drinks sold</figcaption>
                </figure>
                <aside class="case-study">
                  <h3>Case study: a hospital-based tobacco treatment service</h3>
                  <p>Every patient admitted is asked whether they smoke.</p>
                </aside>
                <p>2.26. Every local health system will be asked to set out how it will:</p>
                <ul>
                  <li>identify the groups with the poorest health outcomes;
                    <ul><li>starting with children;</li></ul>
                  </li>
                  <li>measure and publish its progress.</li>
                </ul>
                <table>
                  <thead><tr><th>Year</th><th>Target</th></tr></thead>
                  <tbody><tr><td>2023/24</td><td>75%</td></tr></tbody>
                </table>
                </body></html>
                """);

        assertEquals("The NHS Long Term Plan", read.titleHint());
        assertEquals(List.of(
                "HEADING 1 Chapter 2: More NHS action on prevention and health inequalities",
                "BODY This chapter sets out the new, funded action the NHS will take.",
                "HEADING 2 Smoking",
                "BODY 2.8. By 2023/24, all people admitted to hospital who smoke will be offered NHS-funded tobacco "
                        + "treatment services.",
                "BODY Figure 4: Sugar-sweetened beverages as a share of drinks sold",
                "BOXED 1 Case study: a hospital-based tobacco treatment service",
                "BOXED 1 Every patient admitted is asked whether they smoke.",
                "BODY 2.26. Every local health system will be asked to set out how it will:",
                "LIST_ITEM 1 identify the groups with the poorest health outcomes;",
                "LIST_ITEM 2 starting with children;",
                "LIST_ITEM 1 measure and publish its progress.",
                "TABLE Year | Target\n2023/24 | 75%"), describe(read));
        assertEquals(0, read.pageCount());
        assertNull(read.blocks().get(0).pdfPage());
    }

    @Test
    void aGovUkPageSavedFromABrowserKeepsOnlyThePlanAndItsTitleHeadingIsTheTitle() throws Exception {
        SourceDocument read = read("""
                <!DOCTYPE html>
                <!-- saved from url=(0061)https://www.gov.uk/government/publications/nhs-long-term-plan -->
                <html lang="en" class="govuk-template"><head>
                <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
                <title>The NHS Long Term Plan - GOV.UK</title>
                <meta property="og:title" content="The NHS Long Term Plan">
                <script>window.dataLayer = [{"page": "plan"}];</script>
                <style>.govuk-link { color: #1d70b8 }</style>
                </head>
                <body class="govuk-template__body">
                <div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region"
                     aria-label="Cookies on GOV.UK">
                  <p>We use some essential cookies to make this website work.</p>
                  <button type="submit">Accept additional cookies</button>
                </div>
                <a href="#content" class="govuk-skip-link">Skip to main content</a>
                <header role="banner" class="gem-c-layout-header">
                  <a href="https://www.gov.uk/">GOV.UK</a>
                  <nav><ul><li><a href="/browse">Menu</a></li></ul></nav>
                </header>
                <div class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li><li>Health</li></ol></div>
                <main role="main" id="content">
                  <h1 class="gem-c-title__text">The NHS Long Term Plan</h1>
                  <nav class="gem-c-contents-list" aria-label="Contents">
                    <h2>Contents</h2><ol><li><a href="#chapter-2">Chapter 2</a></li></ol>
                  </nav>
                  <div class="govuk-govspeak">
                    <h2 id="chapter-2">Chapter 2: More NHS action on prevention and health inequalities</h2>
                    <h3>Smoking</h3>
                    <p>2.9. The programme is based on the Ottawa model, adopted in Manchester.<sup id="fnref:24"
                       role="doc-noteref"><a href="#fn:24" class="govuk-link" rel="footnote">[footnote 24]</a></sup>
                       It will be extended.</p>
                    <p>2.18. Sales fell between 2017 and 2018.<sup>27</sup></p>
                    <p>2.21. Transport accounts for emissions<a href="#fn:31" rel="footnote">31</a> from travel.</p>
                    <p>Hidden <span class="govuk-visually-hidden">screen reader only</span>text stays out.
                       <span style="display: none">invisible</span></p>
                    <div class="footnotes" role="doc-endnotes"><ol>
                      <li id="fn:24"><p>Illustrative reference: evaluation of tobacco services.</p></li>
                    </ol></div>
                  </div>
                  <div class="gem-c-feedback"><h2>Is this page useful?</h2><form><button>Yes</button></form></div>
                </main>
                <footer class="govuk-footer" role="contentinfo"><p>All content is available under the Open
                  Government Licence v3.0</p></footer>
                <script src="./plan_files/govuk-frontend.js"></script>
                </body></html>
                """);

        assertEquals("The NHS Long Term Plan", read.titleHint());
        assertEquals(List.of(
                "HEADING 1 Chapter 2: More NHS action on prevention and health inequalities",
                "HEADING 2 Smoking",
                "BODY 2.9. The programme is based on the Ottawa model, adopted in Manchester. It will be extended.",
                "BODY 2.18. Sales fell between 2017 and 2018.",
                "BODY 2.21. Transport accounts for emissions from travel.",
                "BODY Hidden text stays out."), describe(read));
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("footnote marker")), read.notes().toString());
    }

    @Test
    void headingLevelsAreRenumberedSoTheLargestUsedIsOne() throws Exception {
        SourceDocument read = read("<h2>Chapter 3: Care quality</h2><h4>Cancer</h4><p>3.1. Text.</p>");

        assertEquals(List.of("HEADING 1 Chapter 3: Care quality", "HEADING 3 Cancer", "BODY 3.1. Text."),
                describe(read));
    }

    @Test
    void brokenMarkupIsReadAsABrowserWould() throws Exception {
        SourceDocument read = read("<html><body><h2>Chapter 2: Prevention<p>2.1. First paragraph"
                + "<p>2.2. Second <b>bold <i>unclosed<div>Text in a div</td></table>"
                + "<li>stray item<p>&nbsp;&bogus; 2.3. After garbage \u0001\u0002 <<>> end");

        List<String> blocks = describe(read);
        assertEquals("HEADING 1 Chapter 2: Prevention", blocks.get(0));
        assertTrue(blocks.contains("BODY 2.1. First paragraph"), blocks.toString());
        assertTrue(blocks.stream().anyMatch(b -> b.contains("2.2. Second bold unclosed")), blocks.toString());
        assertTrue(blocks.stream().anyMatch(b -> b.contains("Text in a div")), blocks.toString());
        assertTrue(blocks.stream().anyMatch(b -> b.contains("2.3. After garbage")), blocks.toString());
    }

    @Test
    void aPageSavedFromWordKeepsItsListsAndLeavesOutContentsAndEndnotes() throws Exception {
        SourceDocument read = read("""
                <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
                <meta http-equiv=Content-Type content="text/html; charset=utf-8">
                <title>Local plan</title></head>
                <body lang=EN-GB>
                <div class=WordSection1>
                <p class=MsoToc1><a href="#_Toc1">Chapter 2: Prevention<span>3</span></a></p>
                <h1>Chapter 2: Prevention</h1>
                <p class=MsoNormal>2.1. Smoking services will be offered.<a href="#_edn1" name="_ednref1"
                  title=""><span class=MsoEndnoteReference><span class=MsoEndnoteReference>[1]</span></span></a></p>
                <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><span
                  style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
                  </span></span>identify the groups;</p>
                <p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'>
                  <span style='font-family:"Courier New"'>o<span>&nbsp;&nbsp; </span></span>starting with children.</p>
                </div>
                <div style='mso-element:endnote-list'><div style='mso-element:endnote' id=edn1>
                <p class=MsoEndnoteText>[1] Illustrative reference.</p></div></div>
                </body></html>
                """);

        assertEquals(List.of(
                "HEADING 1 Chapter 2: Prevention",
                "BODY 2.1. Smoking services will be offered.",
                "LIST_ITEM 1 identify the groups;",
                "LIST_ITEM 2 starting with children."), describe(read));
    }

    @Test
    void aWindowsPageWithoutACharsetKeepsItsPoundSigns() throws Exception {
        Path file = Files.write(dir.resolve("old.htm"), "<p>2.4. An extra \u00a34.5 billion a year.</p>"
                .getBytes(Charset.forName("windows-1252")));

        SourceDocument read = reader.read(file, ReadProgress.NONE);

        assertEquals(List.of("BODY 2.4. An extra \u00a34.5 billion a year."), describe(read));
    }

    @Test
    void aPageWithoutReadableTextSaysSo() throws Exception {
        PlanReadException e = assertThrows(PlanReadException.class, () -> read("""
                <html><head><title>Loading</title><script>render()</script></head>
                <body><nav>Menu</nav><div id="app"></div><noscript>Turn on JavaScript</noscript></body></html>
                """));
        assertTrue(e.getMessage().startsWith("This web page has no text to import."), e.getMessage());
    }

    @Test
    void aWrapperNamedAfterTheCookieBannerDoesNotHideThePage() throws Exception {
        String paragraph = "2.1. " + "The NHS will do more to prevent illness. ".repeat(100);
        SourceDocument read = read("<body><div class=\"page has-cookie-banner\"><div class=\"cookie-banner\">"
                + "We use cookies.</div><p>" + paragraph + "</p></div></body>");

        assertEquals(List.of("BODY " + paragraph.strip()), describe(read));
        assertFalse(describe(read).toString().contains("We use cookies"));
    }

    @Test
    void pressingCancelStopsTheRead() throws Exception {
        Path file = Files.writeString(dir.resolve("long.html"), "<p>2.1. A paragraph.</p>".repeat(2000));
        List<String> said = new java.util.ArrayList<>();
        ReadProgress cancelled = new ReadProgress() {
            @Override
            public void update(long done, long total, String what) {
                said.add(what);
            }

            @Override
            public boolean isCancelled() {
                return !said.isEmpty();
            }
        };
        assertThrows(java.util.concurrent.CancellationException.class, () -> reader.read(file, cancelled));
    }

    @Test
    void aPageNestedThousandsDeepIsReadWithoutHanging() {
        String html = "<div>".repeat(30_000) + "<sup>".repeat(30_000) + "2.1. Deep text.";
        SourceDocument read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> read(html));
        assertEquals(List.of("BODY 2.1. Deep text."), describe(read));
    }
}
