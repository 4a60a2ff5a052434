package org.crosswalk.plans.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.crosswalk.plans.reading.pdf.PdfPlanReader;

/** Reads a plan document of any supported format into a {@link ParsedPlan} for review. */
public final class PlanImport {
    private PlanImport() {
    }

    /**
     * @throws PlanReadException with a plain-English message when the file cannot be read
     * @throws java.util.concurrent.CancellationException when {@code progress} says stop
     */
    public static ParsedPlan read(Path file, ReadProgress progress) throws PlanReadException {
        if (!Files.isRegularFile(file)) {
            throw new PlanReadException("“" + file.getFileName() + "” was not found. It may have been moved or renamed.");
        }
        if (!startsWith(file, "%PDF-")) {
            throw new PlanReadException("“" + file.getFileName() + "” is not a PDF.");
        }
        return PlanStructure.build(new PdfPlanReader().read(file, progress));
    }

    private static boolean startsWith(Path file, String magic) throws PlanReadException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            byte[] wanted = magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i + wanted.length <= head.length; i++) {
                if (Arrays.equals(head, i, i + wanted.length, wanted, 0, wanted.length)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new PlanReadException("“" + file.getFileName() + "” could not be opened: " + e.getMessage(), e);
        }
    }
}
