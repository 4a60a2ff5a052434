package org.crosswalk.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a priority is about, as concepts to look for in the plan: each meaningful word of its
 * wording, and each thesaurus group its wording touches. A concept is found in an item when any
 * one of its terms is, so a group of ten synonyms counts once, like a single word. Words in the
 * title weigh more than words in sub-items, and those more than words in the note.
 */
final class PriorityConcepts {
    static final double TITLE = 1.0;
    static final double SUB_ITEM = 0.8;
    static final double NOTE = 0.5;
    /** A thesaurus word the priority did not use itself counts a little less than its own words. */
    static final double RELATED = 0.7;

    /** A term searched in the plan (letters and digits, space separated), its weight and its reason. */
    record Term(String text, double weight, String reason) {
    }

    /** Terms standing for one idea; an item scores the concept through its best term. */
    record Concept(double weight, List<Term> terms) {
    }

    private PriorityConcepts() {
    }

    static List<Concept> of(Suggester.PriorityText priority, Thesaurus thesaurus, Set<String> ignored) {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        add(concepts, priority.title(), TITLE, thesaurus, ignored);
        for (String subItem : priority.subItems()) {
            add(concepts, subItem, SUB_ITEM, thesaurus, ignored);
        }
        add(concepts, priority.note(), NOTE, thesaurus, ignored);
        return List.copyOf(concepts.values());
    }

    /** Adds the concepts of one part of the wording, keeping the higher weight of a repeated one. */
    private static void add(Map<String, Concept> concepts, String text, double weight, Thesaurus thesaurus,
                            Set<String> ignored) {
        List<Concept> found = new ArrayList<>();
        List<Thesaurus.Match> matches = thesaurus.matches(text);
        List<String> inGroups = new ArrayList<>();
        for (Thesaurus.Match match : matches) {
            List<Term> terms = new ArrayList<>();
            terms.add(new Term(Thesaurus.normal(match.found()), 1.0, "your wording"));
            for (String related : match.related()) {
                terms.add(new Term(Thesaurus.normal(related), RELATED,
                        "thesaurus: “" + match.found() + "” ~ “" + related + "”"));
            }
            found.add(new Concept(weight, terms));
            inGroups.addAll(Thesaurus.stems(match.found()));
        }
        for (String word : Thesaurus.normal(text).split(" ")) {
            if (word.length() > 1 && !ignored.contains(word) && inGroups.stream().noneMatch(stem -> TermMatcher.sameWord(stem, Thesaurus.stem(word)))) {
                found.add(new Concept(weight, List.of(new Term(word, 1.0, "your wording"))));
            }
        }
        for (Concept concept : found) {
            String key = concept.terms().stream().map(Term::text).sorted().toList().toString();
            Concept before = concepts.get(key);
            if (before == null || before.weight() < concept.weight()) {
                concepts.put(key, concept);
            }
        }
    }
}
