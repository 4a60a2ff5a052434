package org.crosswalk.plans.reading.docx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word's automatic numbering, worked out as Word shows it: each list definition keeps a
 * counter per level, a deeper level starts again after a shallower one, and the level text
 * ("%1.%2.") is filled in from the counters, so a paragraph shows "2.18." or "(b)".
 */
final class WordNumbering {
    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;

    /** One level of a list definition. */
    record Level(int start, String format, String text, boolean legal, String suffix) {
        boolean isBullet() {
            return "bullet".equals(format);
        }

        /** How many "%n" places the level text fills in. */
        int places() {
            int places = 0;
            for (int i = 0; i + 1 < text.length(); i++) {
                if (text.charAt(i) == '%' && Character.isDigit(text.charAt(i + 1))) {
                    places++;
                }
            }
            return places;
        }
    }

    /** The number a paragraph shows, and the level it came from. */
    record Label(String text, Level level, String numId, int ilvl, String listId) {
    }

    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Element> abstracts = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, int[]> startOverrides = new HashMap<>();
    private final Set<String> started = new HashSet<>();
    private final WordStyles styles;

    WordNumbering(Node numberingRoot, WordStyles styles) {
        this.styles = styles;
        if (numberingRoot == null) {
            return;
        }
        Node root = numberingRoot instanceof org.w3c.dom.Document d ? d.getDocumentElement() : numberingRoot;
        for (Element e : Ooxml.children(root, "abstractNum")) {
            String id = Ooxml.attr(e, "abstractNumId");
            if (id != null) {
                abstracts.putIfAbsent(id, e);
            }
        }
        for (Element e : Ooxml.children(root, "num")) {
            String id = Ooxml.attr(e, "numId");
            if (id != null) {
                nums.putIfAbsent(id, e);
            }
        }
    }

    /** The list definition a numbering instance uses, following a numbering style link once. */
    String listId(String numId) {
        Element num = nums.get(numId);
        if (num == null) {
            return null;
        }
        String abstractId = Ooxml.childVal(num, "abstractNumId");
        Element definition = abstractId == null ? null : abstracts.get(abstractId);
        if (definition != null && Ooxml.child(definition, "lvl") == null) {
            String linked = Ooxml.childVal(definition, "numStyleLink");
            Element numPr = linked == null ? null : styles.paragraphProperty(linked, "numPr");
            String linkedNum = Ooxml.childVal(numPr, "numId");
            Element other = linkedNum == null ? null : nums.get(linkedNum);
            String otherAbstract = other == null ? null : Ooxml.childVal(other, "abstractNumId");
            if (otherAbstract != null && abstracts.containsKey(otherAbstract)) {
                return otherAbstract;
            }
        }
        return definition == null ? null : abstractId;
    }

    /** The level definition, with the instance's overrides; null when there is none. */
    Level level(String numId, int ilvl) {
        Element num = nums.get(numId);
        if (num == null) {
            return null;
        }
        for (Element override : Ooxml.children(num, "lvlOverride")) {
            if (String.valueOf(ilvl).equals(Ooxml.attr(override, "ilvl"))) {
                Element lvl = Ooxml.child(override, "lvl");
                if (lvl != null) {
                    return parse(lvl);
                }
            }
        }
        String listId = listId(numId);
        Element definition = listId == null ? null : abstracts.get(listId);
        if (definition == null) {
            return null;
        }
        for (Element lvl : Ooxml.children(definition, "lvl")) {
            if (String.valueOf(ilvl).equals(Ooxml.attr(lvl, "ilvl"))) {
                return parse(lvl);
            }
        }
        return null;
    }

    private static Level parse(Element lvl) {
        Integer start = Ooxml.intVal(Ooxml.child(lvl, "start"));
        String format = Ooxml.childVal(lvl, "numFmt");
        String text = Ooxml.childVal(lvl, "lvlText");
        Boolean legal = Ooxml.onOff(Ooxml.child(lvl, "isLgl"));
        String suffix = Ooxml.childVal(lvl, "suff");
        return new Level(start == null ? 0 : start, format == null ? "decimal" : format, text == null ? "" : text,
                Boolean.TRUE.equals(legal), suffix == null ? "tab" : suffix);
    }

    /**
     * Counts one more paragraph at this level of the list and gives the label it shows, or null
     * when the paragraph is not numbered (no definition, or numbering format "none").
     */
    Label next(String numId, int ilvl) {
        if (numId == null || numId.equals("0") || ilvl < 0 || ilvl >= LEVELS) {
            return null;
        }
        String listId = listId(numId);
        Level level = level(numId, ilvl);
        if (listId == null || level == null) {
            return null;
        }
        int[] count = counters.computeIfAbsent(listId, id -> unset());
        int[] starts = startOverrides.computeIfAbsent(listId, id -> unset());
        if (started.add(numId)) {
            for (Element override : Ooxml.children(nums.get(numId), "lvlOverride")) {
                Integer start = Ooxml.intVal(Ooxml.child(override, "startOverride"));
                int at = parseIlvl(Ooxml.attr(override, "ilvl"));
                if (start != null && at >= 0 && at < LEVELS) {
                    count[at] = UNSET;
                    starts[at] = start;
                }
            }
        }
        if (count[ilvl] == UNSET) {
            count[ilvl] = starts[ilvl] != UNSET ? starts[ilvl] : level.start();
            starts[ilvl] = UNSET;
        } else {
            count[ilvl]++;
        }
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            count[deeper] = UNSET;
        }
        if ("none".equals(level.format()) && level.places() == 0 && level.text().isBlank()) {
            return null;
        }
        return new Label(fill(numId, level, count), level, numId, ilvl, listId);
    }

    private String fill(String numId, Level level, int[] count) {
        if (level.isBullet()) {
            return level.text();
        }
        String text = level.text();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(i + 1) - '1';
                Level other = level(numId, k);
                int value = count[k] != UNSET ? count[k] : other != null ? other.start() : 1;
                String format = level.legal() || other == null ? "decimal" : other.format();
                out.append(format(value, format));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int parseIlvl(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int[] unset() {
        int[] values = new int[LEVELS];
        Arrays.fill(values, UNSET);
        return values;
    }

    static String format(int value, String format) {
        return switch (format) {
            case "decimalZero" -> value >= 0 && value < 10 ? "0" + value : String.valueOf(value);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(value);
            case "upperRoman" -> roman(value).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(value);
            case "ordinal" -> value + ordinalSuffix(value);
            case "none" -> "";
            default -> String.valueOf(value);
        };
    }

    /** Word's letters: a ... z, then aa ... zz, then aaa. */
    private static String letters(int value) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return String.valueOf(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(numerals[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    private static String ordinalSuffix(int value) {
        int lastTwo = Math.abs(value) % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (Math.abs(value) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
