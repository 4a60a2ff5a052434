package org.crosswalk.plans.reading.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosswalk.plans.reading.BlockRole;
import org.crosswalk.plans.reading.ReaderSupport;
import org.crosswalk.plans.reading.SourceBlock;

/** Finds the headings of a Word document without heading styles: short bold lines standing alone. */
final class BoldHeadings {
    private static final Pattern CHAPTER = Pattern.compile("(?i)^chapter\\s+\\S+");

    /** A body paragraph typed in bold on its own, which may be a heading in a document without heading styles. */
    private record BoldLine(int index, int size) {
    }

    private final List<BoldLine> boldLines = new ArrayList<>();

    /** Notes the block at {@code index} when it is an unnumbered body paragraph all in bold and short. */
    void consider(SourceBlock block, int index, ParagraphText para, WordNumbering.Label label, String text) {
        if (block.role() == BlockRole.BODY && para.allBold && label == null && isShortLine(text)) {
            boldLines.add(new BoldLine(index, para.largestSize));
        }
    }

    /** Short, without a closing full stop or colon, and not a numbered paragraph: a line a heading could be. */
    private static boolean isShortLine(String text) {
        if (text.length() > 120 || text.split(" ").length > 15) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".,;:".indexOf(last) < 0 && !ListLabels.PARAGRAPH_NUMBER.matcher(text.split(" ")[0]).matches()
                && ReaderSupport.typedBulletLength(text) < 0;
    }

    /**
     * In a document that uses no heading styles, bold lines standing alone are its headings: "Chapter"
     * lines and the largest type are level 1, smaller bold lines level 2.
     */
    List<SourceBlock> asHeadings(List<SourceBlock> read) {
        if (boldLines.isEmpty() || read.stream().anyMatch(b -> b.role() == BlockRole.HEADING)) {
            return read;
        }
        boolean chapters = boldLines.stream().anyMatch(b -> CHAPTER.matcher(read.get(b.index()).text()).find());
        int largest = boldLines.stream().mapToInt(BoldLine::size).max().orElse(0);
        boolean sized = boldLines.stream().mapToInt(BoldLine::size).distinct().count() > 1;
        List<SourceBlock> result = new ArrayList<>(read);
        for (BoldLine line : boldLines) {
            SourceBlock block = read.get(line.index());
            boolean top = chapters ? CHAPTER.matcher(block.text()).find() : !sized || line.size() == largest;
            result.set(line.index(), new SourceBlock(BlockRole.HEADING, top ? 1 : 2, block.text(), block.pdfPage(),
                    block.printedPage(), 0));
        }
        return result;
    }
}
