package org.crosswalk.plans.reading.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Recognises footnote and endnote markers in running text, which are left out. */
final class NoteMarkers {
    private static final Pattern MARKER_TEXT = Pattern.compile(
            "^[\\[(]?\\d{1,3}(?:\\s*[,\u2013\\-]\\s*\\d{1,3})*[\\])]?$");
    private static final Pattern NOTE_TEXT = Pattern.compile("(?i)^\\[?(?:foot|end)?note\\s*\\d{1,3}\\]?$");

    private NoteMarkers() {
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
}
