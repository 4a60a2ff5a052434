package org.crosswalk.tables.reading;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.crosswalk.plans.reading.OfficeZipLimits;

/**
 * Opens Excel and Word files safely (POI's zip-bomb limits, read-only, never saved back) and
 * turns whatever POI or its XML parser throws into a plain message.
 */
final class OfficeFiles {
    private OfficeFiles() {
    }

    /** Reads the content of an Office file's package (closed by {@link #read}, never saved). */
    interface PackageReader {
        TableFile read(OPCPackage pkg) throws Exception;
    }

    /** @param what "Excel workbook" or "Word document", for messages */
    static TableFile read(Path file, String what, PackageReader reader) throws TableReadException {
        OfficeZipLimits.apply();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return reader.read(pkg);
        } catch (Exception | StackOverflowError e) {
            throw translate(what, e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** @param what "Excel workbook" or "Word document" */
    static TableReadException translate(String what, Throwable failure) {
        if (failure instanceof TableReadException e) {
            return e;
        }
        if (OfficeZipLimits.isZipBomb(failure)) {
            return new TableReadException("This " + what + " could not be read: it unpacks to far more data than a "
                    + "real one would (it may be a \"zip bomb\"), so Crosswalk stopped reading it.", failure);
        }
        if (failure instanceof OutOfMemoryError || failure instanceof StackOverflowError) {
            return new TableReadException("This " + what + " is too large or too deeply nested for Crosswalk to "
                    + "read. Copy the table you need into a new file and import that.", failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("strict ooxml")) {
                return new TableReadException("This " + what + " is saved as \"Strict Open XML\", which Crosswalk "
                        + "cannot read. Open it and save it in the ordinary format (.xlsx or .docx).", failure);
            }
        }
        return new TableReadException("This " + what + " could not be read: it looks damaged. Open it, save it "
                + "again, and import the new copy.", failure);
    }
}
