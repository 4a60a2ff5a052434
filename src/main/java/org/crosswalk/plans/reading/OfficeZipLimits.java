package org.crosswalk.plans.reading;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits POI applies when it unpacks an Office file (.docx, .xlsx), so a file that unpacks
 * to far more than its size (a zip bomb) is refused instead of filling the memory. Every
 * reader of Office files calls {@link #apply()} before opening one.
 */
public final class OfficeZipLimits {
    /** The most any one part of an Office file may unpack to. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    /** The least compressed size, as a share of unpacked size, before a part counts as a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRIES = 1000;

    private OfficeZipLimits() {
    }

    /** Tightens POI's limits (they are global: only ever tightened, never loosened). */
    public static synchronized void apply() {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
        if (ZipSecureFile.getMaxFileCount() > MAX_ENTRIES) {
            ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        }
    }

    /** Whether POI refused a file (or anything it caused) for unpacking to too much. */
    public static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("potentially malicious")
                    || message.contains("max. ratio") || message.contains("exceed the max")) {
                return true;
            }
        }
        return false;
    }
}
