package org.crosswalk.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.WorkspaceContent;

/** The held-out priorities of other-boards.tsv, resolved against the built-in plan's items. */
final class OtherBoardsEvaluation {
    private OtherBoardsEvaluation() {
    }

    static List<SuggestionEvaluation.Case> cases(WorkspaceContent content) throws IOException {
        List<SuggestionEvaluation.Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                OtherBoardsEvaluation.class.getResourceAsStream("other-boards.tsv"), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                List<String> subs = Arrays.stream(fields[1].split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                Set<UUID> wanted = new HashSet<>();
                for (String expected : fields[2].split(";")) {
                    wanted.add(item(content, expected.strip()));
                }
                cases.add(new SuggestionEvaluation.Case(new Suggester.PriorityText(fields[0], subs, ""), wanted));
            }
        }
        return cases;
    }

    private static UUID item(WorkspaceContent content, String expected) {
        List<PlanItem> found = content.items().stream().filter(i -> expected.equals(i.number())
                || (i.number() == null && i.text().startsWith(expected))).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("other-boards.tsv: “" + expected + "” names " + found.size() + " items");
        }
        return found.get(0).id();
    }
}
