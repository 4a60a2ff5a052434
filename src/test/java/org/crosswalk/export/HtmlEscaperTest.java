package org.crosswalk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crosswalk.export.html.HtmlEscaper;
import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

    @Test
    void escapesTheMarkupCharacters() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", HtmlEscaper.escape("<script>alert(\"x\")</script>"));
        assertEquals("Fish &amp; chips", HtmlEscaper.escape("Fish & chips"));
        assertEquals("&amp;amp; stays visible", HtmlEscaper.escape("&amp; stays visible"));
        assertEquals("Young people&#39;s &#39;top tips&#39;", HtmlEscaper.escape("Young people's 'top tips'"));
    }

    @Test
    void keepsNonAsciiTextAsItIs() {
        String text = "£30 million – ‘place-based’ “NHS pound” Gŵyl Dewi, Llŷn 😀 …";
        assertEquals(text, HtmlEscaper.escape(text));
    }

    @Test
    void dropsWhatXmlCannotHold() {
        assertEquals("ab\tc\nd", HtmlEscaper.escape("a\u0000b\tc\nd\u0007"));
        assertEquals("lone  surrogates", HtmlEscaper.escape("lone \uD83D surrogates\uDE00"));
        assertEquals("x", HtmlEscaper.escape("x\uFFFE\uFFFF"));
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertEquals("", HtmlEscaper.escape(null));
        assertEquals("", HtmlEscaper.escape(""));
    }

    @Test
    void linesBecomeBreaks() {
        assertEquals("Kiren Collison, Oxfordshire CCG<br />Val Messenger &amp; team",
                HtmlEscaper.escapeLines("  Kiren Collison, Oxfordshire CCG \r\n Val Messenger & team\n"));
    }
}
