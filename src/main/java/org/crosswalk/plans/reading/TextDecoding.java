package org.crosswalk.plans.reading;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text: UTF-8 with or without a byte-order mark, UTF-16
 * with a mark (Notepad's "Unicode"), and Windows-1252 (older Windows text, "£" as one byte)
 * when the bytes are not valid UTF-8 — unless they are mostly UTF-8 with a few bad bytes, which
 * then read as "�" (the replacement character). Says no when the bytes are binary data.
 */
public final class TextDecoding {
    /** The text and the character set it was read in ("UTF-8", "windows-1252" ...). */
    public record Decoded(String text, String charset) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /**
     * @param truncated whether {@code bytes} is only the start of the file (so a character may be
     *                  cut off at the end)
     * @return the decoded text, or null when the bytes do not look like text
     */
    public static Decoded decode(byte[] bytes, boolean truncated) {
        int length = bytes.length;
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return checked(lenient(bytes, 3, length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return checked(lenient(bytes, 2, evenLength(length - 2), StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return checked(lenient(bytes, 2, evenLength(length - 2), StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return checked(lenient(bytes, 0, evenLength(length), utf16), utf16.name());
        }
        int usable = length;
        if (truncated) {
            // Do not let a character cut off at the end of the sample count against UTF-8.
            for (int k = 1; k <= Math.min(4, length); k++) {
                int b = bytes[length - k] & 0xFF;
                if ((b & 0xC0) == 0x80) {
                    continue;
                }
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                if (needed > k) {
                    usable = length - k;
                }
                break;
            }
        }
        String utf8 = strictUtf8(bytes, usable);
        if (utf8 != null) {
            return checked(utf8, "UTF-8");
        }
        String damaged = lenient(bytes, 0, usable, StandardCharsets.UTF_8);
        if (mostlyUtf8(damaged) && looksLikeText(damaged.replace('\uFFFD', ' '))) {
            // A UTF-8 file with a few bad bytes (cut or pasted from elsewhere): read as Windows-1252,
            // every "ŵ" would become "Åµ"; as UTF-8 only the bad bytes become "�".
            return new Decoded(damaged, "UTF-8");
        }
        return checked(lenient(bytes, 0, length, WINDOWS_1252), "windows-1252");
    }

    /** Whether text decoded from a file is text rather than binary data: few control characters. */
    public static boolean looksLikeText(String text) {
        if (text.isEmpty()) {
            return true;
        }
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f'
                    && c != 0x1A && !(c >= 0x80 && c <= 0x9F)) {
                bad++;
            }
        }
        return bad * 100L <= text.length();
    }

    /** More characters decoded from valid multi-byte UTF-8 than bytes that were not valid UTF-8. */
    private static boolean mostlyUtf8(String decoded) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\uFFFD') {
                invalid++;
            } else if (c >= 0x80) {
                valid++;
            }
        }
        return valid > invalid;
    }

    private static Decoded checked(String text, String charset) {
        return looksLikeText(text) ? new Decoded(text, charset) : null;
    }

    private static int evenLength(int length) {
        return length - (length % 2);
    }

    /** UTF-16 without a mark: every other byte zero, as in plain English text saved as "Unicode". */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 4096);
        if (pairs < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0) {
                evenZero++;
            }
            if (bytes[2 * i + 1] == 0) {
                oddZero++;
            }
        }
        if (oddZero > pairs * 0.9 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.9 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes, int length) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, int length, Charset charset) {
        return new String(bytes, offset, Math.max(0, length), charset);
    }
}
