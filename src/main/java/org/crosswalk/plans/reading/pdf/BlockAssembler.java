package org.crosswalk.plans.reading.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosswalk.plans.reading.BlockRole;
import org.crosswalk.plans.reading.Hyphenation;
import org.crosswalk.plans.reading.ParagraphNumber;
import org.crosswalk.plans.reading.SourceBlock;

/**
 * Groups a document's content lines into blocks: a new block starts at a paragraph gap, a
 * change of style, a bullet, a paragraph number that continues the numbering, a box, or a new
 * page (the plan structure decides whether a paragraph runs on over the page break).
 */
final class BlockAssembler {
    private static final Pattern BULLET = Pattern.compile("^[•●▪◦■‣∙·\\-–]\\s+");
    private static final Pattern LETTERED = Pattern.compile("^\\(?([a-z]|[ivx]{1,4})\\)\\s+");

    private final TypeStyles styles;
    private final Hyphenation hyphenation;
    private final PageFurniture furniture;
    private final List<SourceBlock> blocks = new ArrayList<>();
    private final int boxGroupBase;
    private StringBuilder text;
    private PdfLine first;
    private PdfLine last;
    private BlockRole role;
    private int level;
    private ParagraphNumber lastNumber;

    private BlockAssembler(TypeStyles styles, Hyphenation hyphenation, PageFurniture furniture) {
        this.styles = styles;
        this.hyphenation = hyphenation;
        this.furniture = furniture;
        this.boxGroupBase = 1000;
    }

    static List<SourceBlock> blocks(List<PdfLine> lines, TypeStyles styles, Hyphenation hyphenation,
                                    PageFurniture furniture) {
        BlockAssembler assembler = new BlockAssembler(styles, hyphenation, furniture);
        lines.forEach(assembler::add);
        assembler.finish();
        return assembler.blocks;
    }

    private void add(PdfLine line) {
        boolean heading = line.box() == 0 && styles.looksLikeHeading(line) && !continuesParagraph(line);
        BlockRole lineRole = heading ? BlockRole.HEADING : line.box() > 0 ? BlockRole.BOXED : BlockRole.BODY;
        int lineLevel = heading ? styles.headingLevel(line) : 0;
        String content = line.text();
        boolean listStart = false;
        if (!heading && BULLET.matcher(content).find()) {
            content = BULLET.matcher(content).replaceFirst("");
            listStart = true;
        } else if (!heading && LETTERED.matcher(content).find()) {
            listStart = true;
        }
        if (listStart && lineRole == BlockRole.BODY) {
            lineRole = BlockRole.LIST_ITEM;
            lineLevel = 1;
        }
        if (text == null || startsNewBlock(line, lineRole, lineLevel, listStart)) {
            finish();
            start(line, lineRole, lineLevel, content);
        } else {
            text = new StringBuilder(hyphenation.join(text.toString(), content));
            last = line;
        }
    }

    /** A bold last line of a paragraph ("... key programmes.") is not a heading. */
    private boolean continuesParagraph(PdfLine line) {
        if (text == null || role == BlockRole.HEADING || line.page() != last.page()) {
            return false;
        }
        float gap = line.baseline() - last.baseline();
        return gap > 0 && gap <= last.size() * 1.75f && Math.abs(line.size() - last.size()) < 0.5f
                && !text.toString().stripTrailing().endsWith(".");
    }

    private boolean startsNewBlock(PdfLine line, BlockRole lineRole, int lineLevel, boolean listStart) {
        if (line.page() != last.page() || line.box() != last.box() || listStart) {
            return true;
        }
        boolean continuesList = role == BlockRole.LIST_ITEM && lineRole == BlockRole.BODY && line.x() > first.x() + 2;
        if (lineRole != role && !continuesList) {
            return true;
        }
        if (lineLevel != level && !continuesList) {
            return true;
        }
        float gap = line.baseline() - last.baseline();
        float allowed = Math.max(line.size(), last.size()) * (role == BlockRole.HEADING ? 1.6f : 1.75f);
        if (gap > allowed || gap < 0 || Math.abs(line.size() - last.size()) > last.size() * 0.1f) {
            return true;
        }
        return ParagraphNumber.atStart(line.text()).filter(n -> n.canFollow(lastNumber)).isPresent();
    }

    private void start(PdfLine line, BlockRole lineRole, int lineLevel, String content) {
        text = new StringBuilder(content);
        first = line;
        last = line;
        role = lineRole;
        level = lineLevel;
        ParagraphNumber.atStart(content).filter(n -> n.canFollow(lastNumber)).ifPresent(n -> lastNumber = n);
    }

    private void finish() {
        if (text == null) {
            return;
        }
        int group = role == BlockRole.BOXED ? boxGroupBase * first.page() + first.box() : 0;
        blocks.add(new SourceBlock(role, level, text.toString().strip(), first.page(),
                furniture.printedPage(first.page()), group));
        text = null;
    }
}
