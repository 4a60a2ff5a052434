package org.crosswalk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The first 100 bytes of a SQLite file, read without SQLite, so a file that is not a database,
 * or has been cut short, is recognised before anything can write to it.
 */
record SqliteHeader(long fileLength, int pageSize, long pageCount, int userVersion, int applicationId) {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The header, or null when the file does not start like a SQLite database. */
    static SqliteHeader read(Path path) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(path)) {
            header = in.readNBytes(100);
        }
        if (header.length < 100 || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            return null;
        }
        int pageSize = u16(header, 16) == 1 ? 65536 : u16(header, 16);
        boolean countValid = u32(header, 24) == u32(header, 92);
        long pageCount = countValid ? u32(header, 28) : 0;
        return new SqliteHeader(Files.size(path), pageSize, pageCount, (int) u32(header, 60), (int) u32(header, 68));
    }

    /** True when the file is shorter than the pages its header promises. */
    boolean isTruncated() {
        return pageCount > 0 && fileLength < pageCount * pageSize;
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8)
                | (b[at + 3] & 0xff);
    }
}
