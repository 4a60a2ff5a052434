package org.crosswalk.plans.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small pieces the format readers share: tidying text, typed bullets and heading levels. */
public final class ReaderSupport {
    /** Formats Crosswalk reads, as said in messages about files it cannot read. */
    public static final String READABLE_FORMATS =
            "Crosswalk reads plans from PDF, Word (.docx), web pages (.html) or text files.";

    /**
     * A bullet typed by hand at the start of a paragraph: "•", "·", "▪", "◦", "●", "■", "–", "-",
     * "*" or a private-use symbol-font bullet, then a space.
     */
    private static final Pattern TYPED_BULLET = Pattern.compile(
            "^[\u2022\u00B7\u25AA\u25AB\u25E6\u25CF\u25CB\u25A0\u25A1\u2023\u2043\u2013\u2014\\-*\uF0B7\uF0A7\uF076\uF0D8\uF0FC]"
                    + "[\\s\u00A0]+(?=\\S)");
    /** A lettered list entry, "(a) " or "iv) ", whose letters are kept: they are cited ("2.26(a)"). */
    private static final Pattern LETTERED = Pattern.compile("^\\(?(?:[a-z]|[ivx]{1,4})\\)[\\s\u00A0]+(?=\\S)");

    private ReaderSupport() {
    }

    /**
     * Text as one line: tabs, line breaks, no-break and other wide spaces become single spaces,
     * soft hyphens, zero-width spaces and byte-order marks go, and the ends are trimmed.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || c == '\u2060') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0' || Character.isISOControl(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The length of a hand-typed bullet and the space after it at the start of {@code text}
     * ("• ", "- "), or -1 when the text does not start with one. Bullets are left out of list
     * entries' text.
     */
    public static int typedBulletLength(String text) {
        Matcher m = TYPED_BULLET.matcher(text);
        return m.find() ? m.end() : -1;
    }

    /** Whether text starts as a lettered list entry, "(a) " or "(iv) "; the letters stay in its text. */
    public static boolean isLetteredEntry(String text) {
        return LETTERED.matcher(text).find();
    }

    /**
     * The blocks with their heading levels moved up so the largest heading used is level 1
     * (a document whose headings start at level 2 gets levels 1, 2 ...).
     */
    public static List<SourceBlock> shiftHeadings(List<SourceBlock> blocks) {
        int smallest = Integer.MAX_VALUE;
        for (SourceBlock block : blocks) {
            if (block.role() == BlockRole.HEADING) {
                smallest = Math.min(smallest, block.level());
            }
        }
        if (smallest == Integer.MAX_VALUE || smallest <= 1) {
            return blocks;
        }
        List<SourceBlock> shifted = new ArrayList<>(blocks.size());
        for (SourceBlock block : blocks) {
            shifted.add(block.role() != BlockRole.HEADING ? block
                    : new SourceBlock(block.role(), block.level() - smallest + 1, block.text(), block.pdfPage(),
                            block.printedPage(), block.group()));
        }
        return shifted;
    }

    /** Whether any block has text, so a document is worth passing on. */
    public static boolean hasText(List<SourceBlock> blocks) {
        return blocks.stream().anyMatch(b -> !b.text().isBlank());
    }

    /**
     * The whole file, refusing before reading one larger than {@code maxBytes} or an empty one.
     *
     * @param what how the message names the file: "web page", "text file"
     */
    public static byte[] readWhole(Path file, long maxBytes, String what) throws PlanReadException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new PlanReadException("This " + what + " is too large to be a plan (" + (size >> 20)
                        + " MB). Crosswalk reads " + what + "s of up to " + (maxBytes >> 20) + " MB.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PlanReadException("The file \"" + file.getFileName() + "\" could not be found.", e);
        } catch (IOException e) {
            throw new PlanReadException("The file \"" + file.getFileName() + "\" could not be opened: " + e.getMessage(),
                    e);
        }
        if (bytes.length == 0) {
            throw new PlanReadException("The file is empty.");
        }
        return bytes;
    }
}
