package org.crosswalk.export.pdf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Joins Arabic-script letters (Arabic, Urdu, Persian) the way a reader expects to see them: each
 * letter becomes its isolated, initial, medial or final presentation form (U+FB50–FDFF,
 * U+FE70–FEFF), and lam followed by alef becomes the lam-alef ligature. A PDF font can then draw
 * the words without the font's own shaping rules, which openhtmltopdf does not run.
 *
 * <p>The table of forms is read from the JDK's Unicode data (each presentation form's name and
 * compatibility decomposition), so every letter Unicode has forms for is covered, the Urdu ones
 * (ٹ ڈ ڑ ں ھ ہ ی ے ک گ پ چ ژ) included. A letter's joining type follows from the forms it has: one
 * with initial and medial forms joins on both sides, one with only a final form joins to the
 * letter before it (ا د ر و, for example), one with neither joins nothing. Text is in logical
 * order (first letter first).
 */
final class ArabicShaper {
    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final char LAM = '\u0644';
    private static final char TATWEEL = '\u0640';
    private static final char ZERO_WIDTH_JOINER = '\u200D';

    /** Base letter → its forms by {@link #ISOLATED}…{@link #MEDIAL}; 0 where Unicode has none. */
    private static final Map<Character, char[]> FORMS = new HashMap<>();
    /** Alef after lam → the ligature's forms (isolated, final). */
    private static final Map<Character, char[]> LAM_ALEF = new HashMap<>();

    static {
        readFormsFromUnicodeData(0xFB50, 0xFDFF);
        readFormsFromUnicodeData(0xFE70, 0xFEFF);
    }

    private ArabicShaper() {
    }

    private static void readFormsFromUnicodeData(int first, int last) {
        for (int c = first; c <= last; c++) {
            String name = Character.getName(c);
            int form = name == null ? -1 : form(name);
            if (form < 0) {
                continue;
            }
            String base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
            if (base.length() == 1 && isArabicLetter(base.charAt(0))) {
                FORMS.computeIfAbsent(base.charAt(0), k -> new char[4])[form] = (char) c;
            } else if (base.length() == 2 && base.charAt(0) == LAM && form <= FINAL && name.contains("LAM WITH ALEF")) {
                LAM_ALEF.computeIfAbsent(base.charAt(1), k -> new char[2])[form] = (char) c;
            }
        }
    }

    private static int form(String name) {
        if (name.endsWith(" ISOLATED FORM")) {
            return ISOLATED;
        } else if (name.endsWith(" FINAL FORM")) {
            return FINAL;
        } else if (name.endsWith(" INITIAL FORM")) {
            return INITIAL;
        } else if (name.endsWith(" MEDIAL FORM")) {
            return MEDIAL;
        }
        return -1;
    }

    private static boolean isArabicLetter(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC && Character.isLetter(c);
    }

    /** Whether the text has any letter this class would change. */
    static boolean hasShapeableLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (FORMS.containsKey(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text with every Arabic-script letter in its joined form; anything else unchanged. */
    static String shape(String text) {
        if (!hasShapeableLetters(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char[] forms = FORMS.get(c);
            if (forms == null) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsToThePrevious(c) && joinsToTheNext(previousNonTransparent(text, i));
            int next = nextNonTransparent(text, i);
            if (c == LAM && next >= 0 && LAM_ALEF.containsKey(text.charAt(next))) {
                char[] ligature = LAM_ALEF.get(text.charAt(next));
                out.append(pick(ligature, joinsBefore ? FINAL : ISOLATED, c));
                // Marks between lam and alef (rare) follow the ligature.
                out.append(text, i + 1, next);
                i = next;
                continue;
            }
            boolean joinsAfter = joinsToTheNext(c) && next >= 0 && joinsToThePrevious(text.charAt(next));
            int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
            out.append(pick(forms, form, c));
        }
        return out.toString();
    }

    /** The wanted form, else (a font never lacks them all) the isolated one, else the letter itself. */
    private static char pick(char[] forms, int form, char letter) {
        if (forms[form] != 0) {
            return forms[form];
        }
        return forms[ISOLATED] != 0 ? forms[ISOLATED] : letter;
    }

    /** Dual-joining letters, tatweel and the zero-width joiner connect to the letter after them. */
    private static boolean joinsToTheNext(int c) {
        if (c < 0) {
            return false;
        }
        if (c == TATWEEL || c == ZERO_WIDTH_JOINER) {
            return true;
        }
        char[] forms = FORMS.get((char) c);
        return forms != null && forms[INITIAL] != 0 && forms[MEDIAL] != 0;
    }

    /** Letters with a final form (dual- and right-joining), tatweel and the joiner. */
    private static boolean joinsToThePrevious(char c) {
        if (c == TATWEEL || c == ZERO_WIDTH_JOINER) {
            return true;
        }
        char[] forms = FORMS.get(c);
        return forms != null && forms[FINAL] != 0 || LAM_ALEF.containsKey(c);
    }

    private static int previousNonTransparent(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (!transparent(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return -1;
    }

    private static int nextNonTransparent(String text, int at) {
        for (int i = at + 1; i < text.length(); i++) {
            if (!transparent(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Vowel marks and other non-spacing marks sit on a letter and do not break the joining. */
    private static boolean transparent(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT && c != ZERO_WIDTH_JOINER && c != '\u200C';
    }

    /** Presentation forms back to the letters they show (for a font that lacks a form). */
    static String unshape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                out.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
