package org.crosswalk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.Chapter;
import org.crosswalk.model.Plan;
import org.crosswalk.model.PlanContent;
import org.crosswalk.model.PlanItem;
import org.crosswalk.model.Section;
import org.crosswalk.model.WorkspaceContent;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.edit.EditionEdits;
import org.crosswalk.store.edit.Edit;

/**
 * The sample workspace after a new edition of its plan arrived: the Long Term Plan again as
 * "July 2025", where 2.19 (linked to healthy eating) is reworded and 2.10 (linked to smoking) is
 * gone; every other paragraph is the same, so the other links move over untouched.
 */
final class EditionSample {
    static final String EDITION = "July 2025";
    static final String CHANGED = "2.19";
    static final String REMOVED = "2.10";
    static final String NEW_TEXT_2_19 = "Every medical school will teach nutrition and healthy weight from 2026, "
            + "so that doctors can give people practical advice.";

    private EditionSample() {
    }

    /** The edit that adds the new edition to a workspace holding the sample. */
    static Edit addEdition(WorkspaceContent content) {
        Plan earlier = content.plans().get(0);
        return EditionEdits.addEdition(earlier.id(), laterEdition(content, earlier));
    }

    /** Writes the sample with the new edition added to {@code file}. */
    static Path create(UiServices services, Path file) throws Exception {
        java.nio.file.Files.createDirectories(file.getParent());
        try (Workspace workspace = services.sample().create(services.files(), file)) {
            workspace.history().execute(addEdition(workspace.load()));
        }
        return file;
    }

    /** The earlier plan copied with new ids, {@link #CHANGED} reworded and {@link #REMOVED} left out. */
    static PlanContent laterEdition(WorkspaceContent content, Plan earlier) {
        Plan plan = new Plan(UUID.randomUUID(), earlier.title(), earlier.label(), EDITION, "2025-07-03",
                earlier.publisher(), "test", earlier.attribution(), earlier.id());
        Map<UUID, UUID> chapters = new HashMap<>();
        Map<UUID, UUID> sections = new HashMap<>();
        List<Chapter> newChapters = new ArrayList<>();
        List<Section> newSections = new ArrayList<>();
        for (Chapter chapter : content.chaptersOf(earlier.id())) {
            Chapter copy = new Chapter(UUID.randomUUID(), plan.id(), chapter.number(), chapter.title(),
                    chapter.position());
            chapters.put(chapter.id(), copy.id());
            newChapters.add(copy);
            for (Section section : content.sectionsOf(chapter.id())) {
                Section sectionCopy = new Section(UUID.randomUUID(), copy.id(), section.title(), section.position());
                sections.put(section.id(), sectionCopy.id());
                newSections.add(sectionCopy);
            }
        }
        List<PlanItem> items = new ArrayList<>();
        for (PlanItem item : content.planItems(earlier.id())) {
            if (REMOVED.equals(item.number())) {
                continue;
            }
            String text = CHANGED.equals(item.number()) ? NEW_TEXT_2_19 : item.text();
            items.add(new PlanItem(UUID.randomUUID(), plan.id(), chapters.get(item.chapterId()),
                    item.sectionId() == null ? null : sections.get(item.sectionId()), item.number(), item.page(),
                    item.kind(), text, null, items.size()));
        }
        return new PlanContent(plan, newChapters, newSections, items);
    }
}
