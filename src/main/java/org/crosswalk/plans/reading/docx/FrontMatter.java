package org.crosswalk.plans.reading.docx;

import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crosswalk.plans.reading.ReaderSupport;
import org.w3c.dom.Element;

/** Leaves out a Word document's cover page, contents, title and subtitle, keeping the title to name the plan. */
final class FrontMatter {
    private final WordStyles styles;
    private boolean leftOutContents;
    private boolean leftOutCover;
    private String titleHint;

    FrontMatter(WordStyles styles) {
        this.styles = styles;
    }

    /** Whether a content control is Word's table of contents or cover page, whose text is left out. */
    boolean isLeftOutPart(Element sdt) {
        String gallery = Ooxml.val(Ooxml.path(sdt, "sdtPr", "docPartObj", "docPartGallery"));
        boolean contents = gallery != null && gallery.toLowerCase(Locale.ROOT).contains("table of contents");
        boolean cover = gallery != null && gallery.toLowerCase(Locale.ROOT).contains("cover page");
        leftOutContents |= contents;
        leftOutCover |= cover;
        return contents || cover;
    }

    /**
     * Whether a paragraph is left out: one inside a part left out ({@code silent}), a contents
     * entry, the title (kept as the plan's title) or the subtitle.
     */
    boolean isLeftOut(String styleId, String text, boolean silent) {
        boolean title = styles.isNamed(styleId, "title");
        if (silent || styles.isContents(styleId) || title || styles.isNamed(styleId, "subtitle")) {
            leftOutContents |= !silent && styles.isContents(styleId);
            if (title && titleHint == null && !text.isEmpty()) {
                titleHint = text;
            }
            return true;
        }
        return false;
    }

    /** The first paragraph in the Title style, else the title in the document's properties, else null. */
    String title(XWPFDocument document) {
        return titleHint != null ? titleHint : propertiesTitle(document);
    }

    private static String propertiesTitle(XWPFDocument document) {
        try {
            String title = document.getProperties().getCoreProperties().getTitle();
            title = ReaderSupport.clean(title);
            if (title.startsWith("Microsoft Word - ")) {
                title = title.substring("Microsoft Word - ".length()).replaceFirst("\\.docx?$", "");
            }
            return title.isEmpty() ? null : title;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Says what was left out, for the import's notes. */
    void addNotes(List<String> notes) {
        if (leftOutCover) {
            notes.add("Left out the cover page.");
        }
        if (leftOutContents) {
            notes.add("Left out the table of contents.");
        }
    }
}
