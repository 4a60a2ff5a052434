package org.crosswalk.plans.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.ItemKind;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Section;

/**
 * The national plans that ship with Crosswalk (resources/plans/KEY.json). Their ids are fixed
 * in the files, so the same plan added to two workspaces has the same ids and can be merged.
 */
public final class PlanCatalogue {
    public static final String NHS_LONG_TERM_PLAN = "nhs-ltp-2019";

    /** Key → one-line description for menus. */
    private static final Map<String, String> ENTRIES = Map.of(NHS_LONG_TERM_PLAN,
            "The NHS Long Term Plan (January 2019)");

    public List<String> keys() {
        return List.copyOf(ENTRIES.keySet());
    }

    public Optional<String> describe(String key) {
        return Optional.ofNullable(ENTRIES.get(key));
    }

    /** The whole plan for a catalogue key. */
    public PlanContent load(String key) {
        if (!ENTRIES.containsKey(key)) {
            throw new IllegalArgumentException("No built-in plan called " + key);
        }
        return read(Json.resource("/plans/" + key + ".json"));
    }

    static PlanContent read(JsonNode root) {
        Plan plan = new Plan(Json.id(root), Json.text(root, "title"), Json.text(root, "label"),
                Json.text(root, "edition"), Json.text(root, "published"), Json.text(root, "publisher"),
                Json.text(root, "source"), Json.text(root, "attribution"));
        List<Chapter> chapters = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<PlanItem> items = new ArrayList<>();
        for (JsonNode chapterNode : Json.array(root, "chapters")) {
            Chapter chapter = new Chapter(Json.id(chapterNode), plan.id(), Json.text(chapterNode, "number"),
                    Json.text(chapterNode, "title"), chapters.size());
            chapters.add(chapter);
            addItems(items, chapterNode, plan.id(), chapter.id(), null);
            for (JsonNode sectionNode : Json.array(chapterNode, "sections")) {
                Section section = new Section(Json.id(sectionNode), chapter.id(), Json.text(sectionNode, "title"),
                        sections.size());
                sections.add(section);
                addItems(items, sectionNode, plan.id(), chapter.id(), section.id());
            }
        }
        return new PlanContent(plan, chapters, sections, items);
    }

    private static void addItems(List<PlanItem> items, JsonNode parent, UUID planId, UUID chapterId, UUID sectionId) {
        for (JsonNode node : Json.array(parent, "items")) {
            items.add(new PlanItem(Json.id(node), planId, chapterId, sectionId, Json.text(node, "number"),
                    Json.integer(node, "page"), ItemKind.fromCode(Json.text(node, "kind")), Json.text(node, "text"),
                    null, items.size()));
        }
    }
}
