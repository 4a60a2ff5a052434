package org.crosswalk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Text;

/**
 * Splits a text into plain runs and runs that are one of a search's matched words, and turns them
 * into text pieces with the matches in bold (the plan browser's search, the suggestions).
 */
public final class Highlights {
    /** A run of text, matching or not. */
    public record Run(String text, boolean match) {
    }

    private Highlights() {
    }

    public static List<Run> runs(String text, List<String> matchedWords) {
        if (matchedWords.isEmpty()) {
            return List.of(new Run(text, false));
        }
        Set<String> wanted = new TreeSet<>();
        // A phrase match ("free swimming") comes as one string: mark each of its words.
        matchedWords.forEach(w -> {
            for (String word : w.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    wanted.add(word);
                }
            }
        });
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end > i && wanted.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                if (plain.length() > 0) {
                    runs.add(new Run(plain.toString(), false));
                    plain.setLength(0);
                }
                runs.add(new Run(text.substring(i, end), true));
                i = end;
            } else if (end > i) {
                plain.append(text, i, end);
                i = end;
            } else {
                plain.append(text.charAt(i));
                i++;
            }
        }
        if (plain.length() > 0) {
            runs.add(new Run(plain.toString(), false));
        }
        return runs;
    }

    /** The text as pieces for a TextFlow: matches styled "search-match", the rest {@code plainStyle}. */
    public static List<Text> texts(String text, List<String> matchedWords, String plainStyle) {
        List<Text> pieces = new ArrayList<>();
        for (Run run : runs(text, matchedWords)) {
            Text piece = new Text(run.text());
            piece.getStyleClass().add(run.match() ? "search-match" : plainStyle);
            pieces.add(piece);
        }
        return pieces;
    }
}
