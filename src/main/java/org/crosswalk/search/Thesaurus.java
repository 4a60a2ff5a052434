package org.crosswalk.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        try (InputStream in = Thesaurus.class.getResourceAsStream("/thesaurus/public-health.txt")) {
            if (in == null) {
                throw new IllegalStateException("The thesaurus is missing from the application");
            }
            List<List<String>> groups = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String entry : line.split(",")) {
                    if (!entry.isBlank()) {
                        group.add(entry.strip());
                    }
                }
                groups.add(group);
            }
            return new Thesaurus(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thesaurus entry that applies to a text: the entry found, and what it brings in. */
    public record Match(String found, List<String> related) {
    }

    /** Every group with an entry in {@code text} (whole words, any case). */
    public List<Match> matches(String text) {
        String padded = " " + normal(text) + " ";
        List<Match> found = new ArrayList<>();
        for (List<String> group : groups) {
            for (String entry : group) {
                if (padded.contains(" " + normal(entry) + " ")) {
                    Set<String> related = new LinkedHashSet<>(group);
                    related.remove(entry);
                    found.add(new Match(entry, List.copyOf(related)));
                    break;
                }
            }
        }
        return found;
    }

    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
