package org.crosswalk.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A short hash of a text that ignores case, spacing and quote style, so the same paragraph
 * from two editions or two extractions is recognised as the same.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(String text) {
        String normal = normalise(text);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("\\s+", " ")
                .trim();
    }
}
