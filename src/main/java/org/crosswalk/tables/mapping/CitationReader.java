package org.crosswalk.tables.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "national plan" cell of a mapping table as boards type it: passages that start with
 * a paragraph number ("2.18.", "para 2.18", "paragraphs 3.53–3.55") or a bullet and end with a
 * page citation ("(NHS LTP p. 37)", "(LTP, p.37)", "p. 37"), unnumbered quotes, or "no mention"
 * wording. A passage may run over several paragraphs of the cell (a quote the officer broke);
 * a new one begins at a bullet, at a line that starts with a number, or after a citation.
 */
public final class CitationReader {
    private static final String NUMBER = "(\\d{1,2}\\.\\d{1,3})";
    /** "2.18.", "para 2.18", "paragraphs 3.53–3.55", "see paragraph 2.9 to 2.11". */
    private static final Pattern NUMBER_REF = Pattern.compile("(?i)^\\s*(?:see\\s+)?(?:para(?:graph)?s?\\.?\\s*)?"
            + NUMBER + "\\.?(?:\\s*(?:[-\u2010-\u2015]|to)\\s*" + NUMBER + "\\.?)?");
    private static final Pattern SEPARATOR = Pattern.compile("(?i)^\\s*(?:,|;|&|and)\\s*");
    /** "(NHS LTP p. 37)", "(LTP, p.37)", "(p. 37-38)", "(NHS LTP page 37)": group 1 the plan, 2 the page. */
    private static final Pattern CITATION = Pattern.compile(
            "(?i)\\(\\s*([^()]*?)[\\s,]*\\b(?:pages?|pp?\\.?)\\s*(\\d{1,4})(?:\\s*[-\u2013]\\s*\\d{1,4})?\\s*\\)");
    /** A bare "p. 37" at the end of a passage. */
    private static final Pattern BARE_PAGE = Pattern.compile("(?i)(?:^|[\\s,;])(?:pages?|pp?\\.)\\s*(\\d{1,4})\\s*\\.?$");
    private static final Pattern NO_MENTION = Pattern.compile(
            "(?i)\\b(?:no\\s+(?:specific\\s+|direct\\s+)?mention|not\\s+(?:specifically\\s+)?mentioned)\\b");
    private static final Pattern BULLET = Pattern.compile("^\\s*[\u2022\u25AA\u25CF\u2013\\-*\u00B7]\\s+");
    private static final Pattern QUOTED = Pattern.compile("^[\"\u201C\u2018'](.*)[\"\u201D\u2019']$", Pattern.DOTALL);

    private CitationReader() {
    }

    public static CellCitations read(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return new CellCitations(List.of(), null);
        }
        if (NO_MENTION.matcher(text).find() && !CITATION.matcher(text).find() && text.length() < 300) {
            return new CellCitations(List.of(), noMentionWording(text));
        }
        List<CitedPassage> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            Matcher bullet = BULLET.matcher(line);
            boolean bulleted = bullet.find();
            String content = bulleted ? line.substring(bullet.end()).strip() : line.strip();
            if (bulleted || startsWithNumber(content)) {
                close(current, passages);
            }
            Matcher citation = CITATION.matcher(content);
            int from = 0;
            while (citation.find()) {
                append(current, content.substring(from, citation.end()));
                close(current, passages);
                from = citation.end();
            }
            append(current, content.substring(from));
        }
        close(current, passages);
        return new CellCitations(passages, null);
    }

    /** The cell's words without bullets or doubled spaces: the paper prints them as they were. */
    private static String noMentionWording(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String clean = BULLET.matcher(line).replaceFirst("").strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        return String.join(" ", lines).replaceAll("\\s+", " ");
    }

    private static boolean startsWithNumber(String text) {
        return NUMBER_REF.matcher(text).lookingAt();
    }

    private static void append(StringBuilder current, String piece) {
        String clean = piece.strip();
        if (clean.isEmpty()) {
            return;
        }
        if (current.length() > 0) {
            current.append(' ');
        }
        current.append(clean);
    }

    private static void close(StringBuilder current, List<CitedPassage> passages) {
        String text = current.toString().strip();
        current.setLength(0);
        if (!text.isEmpty() && !text.matches("[\\p{Punct}\\s]*")) {
            passages.add(passage(text));
        }
    }

    /** Splits one passage into its numbers, its quote and its citation. */
    static CitedPassage passage(String text) {
        List<String> numbers = new ArrayList<>();
        String rest = text;
        Matcher number = NUMBER_REF.matcher(rest);
        while (number.lookingAt()) {
            numbers.addAll(NumberRange.expand(number.group(1), number.group(2)));
            rest = rest.substring(number.end());
            Matcher separator = SEPARATOR.matcher(rest);
            if (!separator.lookingAt() || !NUMBER_REF.matcher(rest.substring(separator.end())).lookingAt()) {
                break;
            }
            rest = rest.substring(separator.end());
            number = NUMBER_REF.matcher(rest);
        }
        Integer page = null;
        String label = "";
        Matcher citation = CITATION.matcher(rest);
        int citationStart = -1;
        while (citation.find()) {
            if (rest.substring(citation.end()).isBlank() || rest.substring(citation.end()).strip().matches("[.;,]")) {
                citationStart = citation.start();
                label = citation.group(1).strip();
                page = Integer.valueOf(citation.group(2));
            }
        }
        if (citationStart >= 0) {
            rest = rest.substring(0, citationStart);
        } else {
            Matcher bare = BARE_PAGE.matcher(rest);
            if (bare.find()) {
                page = Integer.valueOf(bare.group(1));
                rest = rest.substring(0, bare.start());
            }
        }
        return new CitedPassage(text, numbers, unquote(rest.strip()), page, label);
    }

    /** Drops quotation marks around the whole quote, and a lone leading "." or ":" left by the number. */
    private static String unquote(String quote) {
        String clean = quote.replaceFirst("^[.:\\-\u2013]\\s*", "").strip();
        Matcher quoted = QUOTED.matcher(clean);
        return quoted.matches() ? quoted.group(1).strip() : clean;
    }
}
