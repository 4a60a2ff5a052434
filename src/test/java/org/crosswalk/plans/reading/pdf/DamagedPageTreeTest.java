package org.crosswalk.plans.reading.pdf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.crosswalk.plans.reading.PlanImport;
import org.crosswalk.plans.reading.PlanReadException;
import org.crosswalk.plans.reading.ReadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the fuzzer (docs/reliability.md, "Fuzzing every reader"): a PDF whose page tree points
 * at something that is not a page (flipped bits turned a page into a structure element) made
 * PDFBox throw an IllegalStateException out of the plan import. It is now the reader's plain error.
 */
class DamagedPageTreeTest {
    @TempDir
    Path dir;

    @Test
    void aPageTreeEntryThatIsNoPageIsRefusedAsDamaged() throws Exception {
        Path file = dir.resolve("plan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(72, 700);
                text.showText("Chapter 1: Prevention. 1.1. The NHS will act on smoking.");
                text.endText();
            }
            COSDictionary notAPage = new COSDictionary();
            notAPage.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
            COSDictionary pages = document.getPages().getCOSObject();
            ((COSArray) pages.getDictionaryObject(COSName.KIDS)).add(notAPage);
            pages.setInt(COSName.COUNT, 2);
            document.save(file.toFile());
        }

        PlanReadException refused = assertThrows(PlanReadException.class, () -> PlanImport.read(file, ReadProgress.NONE));
        assertTrue(refused.getMessage().startsWith("This PDF could not be read: its inner structure is damaged.")
                && refused.getMessage().contains("Download it again"), refused.getMessage());
    }
}
