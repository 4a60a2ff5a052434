package org.crosswalk.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups of words officers and plans use for the same thing ("smoking ~ tobacco ~ smoke-free"),
 * from resources/thesaurus/public-health.txt: a priority's word or phrase found in a group also
 * brings in the rest of the group.
 */
public final class Thesaurus {
    private final List<List<String>> groups;

    Thesaurus(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The thesaurus shipped with Crosswalk. */
    public static Thesaurus builtIn() {
        List<List<String>> groups = new ArrayList<>();
        for (String line : lines("/thesaurus/public-health.txt")) {
            List<String> group = new ArrayList<>();
            for (String entry : line.split(",")) {
                if (!entry.isBlank()) {
                    group.add(entry.strip());
                }
            }
            groups.add(group);
        }
        return new Thesaurus(groups);
    }

    /** The words a priority's wording is searched without (resources/thesaurus/ignored-words.txt). */
    static Set<String> ignoredWords() {
        Set<String> words = new HashSet<>();
        for (String line : lines("/thesaurus/ignored-words.txt")) {
            for (String word : line.split("[\\s,]+")) {
                if (!word.isBlank()) {
                    words.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(words);
    }

    /** The lines of a word list shipped with Crosswalk, without blank lines and # comments. */
    private static List<String> lines(String resource) {
        try (InputStream in = Thesaurus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thesaurus entry that applies to a text: the entry found, and what it brings in. */
    public record Match(String found, List<String> related) {
    }

    /**
     * Every group with an entry in {@code text}: whole words, any case, any inflection and, for
     * an entry of several words, in any order next to one another ("eat healthily" finds
     * "healthy eating").
     */
    public List<Match> matches(String text) {
        List<String> words = stems(text);
        List<Match> found = new ArrayList<>();
        for (List<String> group : groups) {
            for (String entry : group) {
                if (contains(words, stems(entry))) {
                    Set<String> related = new LinkedHashSet<>(group);
                    related.remove(entry);
                    found.add(new Match(entry, List.copyOf(related)));
                    break;
                }
            }
        }
        return found;
    }

    /** Whether all of {@code entry}'s words stand within a window of the entry's length. */
    private static boolean contains(List<String> words, List<String> entry) {
        if (entry.isEmpty()) {
            return false;
        }
        for (int start = 0; start + entry.size() <= words.size(); start++) {
            List<String> window = new ArrayList<>(words.subList(start, start + entry.size()));
            boolean all = true;
            for (String word : entry) {
                all &= takeSameWord(window, word);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Removes one word of the window that stands for {@code word}; false when none does. */
    private static boolean takeSameWord(List<String> window, String word) {
        for (int i = 0; i < window.size(); i++) {
            if (TermMatcher.sameWord(window.get(i), word)) {
                window.remove(i);
                return true;
            }
        }
        return false;
    }

    /** The words of {@code text}, each reduced to a rough stem. */
    static List<String> stems(String text) {
        String normal = normal(text);
        return normal.isEmpty() ? List.of() : Arrays.stream(normal.split(" ")).map(Thesaurus::stem).toList();
    }

    /**
     * A light English stem, enough to meet inflected forms of the same word (healthily ~ healthy,
     * eating ~ eat, vaccines ~ vaccine, smoking ~ smoke); short words and abbreviations are kept.
     */
    static String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        String stem = word;
        if (stem.endsWith("ily") || stem.endsWith("ies")) {
            stem = stem.substring(0, stem.length() - 3) + "y";
        } else if (stem.endsWith("ing") && stem.length() > 5) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.endsWith("ed") && stem.length() > 4) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.endsWith("e") && stem.length() > 3) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
