package org.crosswalk.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.crosswalk.export.ExportText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/** Runs of text in a paragraph: plain, bold, italic, and fields (table numbers, page numbers). */
final class DocxText {
    private DocxText() {
    }

    static XWPFRun text(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        String[] lines = clean(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    static XWPFRun bold(XWPFParagraph paragraph, String text) {
        XWPFRun run = text(paragraph, text);
        run.setBold(true);
        return run;
    }

    static XWPFRun italic(XWPFParagraph paragraph, String text) {
        XWPFRun run = text(paragraph, text);
        run.setItalic(true);
        return run;
    }

    /** Keeps {@code paragraph} on the same page as the next one. */
    static void keepWithNext(XWPFParagraph paragraph) {
        if (!paragraph.getCTP().isSetPPr()) {
            paragraph.getCTP().addNewPPr();
        }
        paragraph.setKeepNext(true);
    }

    /** A simple field such as "SEQ Table \* ARABIC" or "PAGE", showing {@code shown} until Word updates it. */
    static void field(XWPFParagraph paragraph, String instruction, String shown) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        CTR run = field.addNewR();
        run.addNewT().setStringValue(shown);
    }

    /** {@code text} as every export writes it ({@link ExportText}), tabs as spaces. */
    static String clean(String text) {
        return ExportText.clean(text).replace('\t', ' ');
    }

    /** "HIB Priority" → "HIB priorities", "NHS Long Term Plan objective" → "... objectives". */
    static String plural(String heading) {
        String trimmed = heading.strip();
        int space = trimmed.lastIndexOf(' ');
        String head = trimmed.substring(0, space + 1);
        String word = trimmed.substring(space + 1);
        if (word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.substring(1).chars()
                .allMatch(Character::isLowerCase) && space > 0) {
            word = Character.toLowerCase(word.charAt(0)) + word.substring(1);
        }
        if (word.isEmpty() || word.endsWith("s") || !Character.isLetter(word.charAt(word.length() - 1))) {
            return head + word;
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return head + word.substring(0, word.length() - 1) + "ies";
        }
        return head + word + "s";
    }
}
