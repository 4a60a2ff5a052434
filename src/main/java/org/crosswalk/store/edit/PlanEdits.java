package org.crosswalk.store.edit;

import static org.crosswalk.store.edit.Describe.quote;
import static org.crosswalk.store.edit.Tables.CHAPTER;
import static org.crosswalk.store.edit.Tables.PLAN;
import static org.crosswalk.store.edit.Tables.PLAN_ITEM;
import static org.crosswalk.store.edit.Tables.SECTION;

import java.sql.SQLException;
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

/** Adding a whole national plan to the workspace, as one undoable edit. */
public final class PlanEdits {
    private PlanEdits() {
    }

    public static Edit addPlan(PlanContent content) {
        return context -> {
            Plan plan = content.plan();
            return new PlannedEdit("Add plan " + quote(plan.title() + " (" + plan.edition() + ")"),
                    insertPlan(context, content, plan.replacesPlanId()));
        };
    }

    /**
     * The inserts that add a plan with its chapters, sections and items; {@code replacesPlanId}
     * (may be null) names the earlier edition it replaces. Refuses a plan already in the workspace.
     */
    static List<RowChange> insertPlan(EditContext context, PlanContent content, UUID replacesPlanId)
            throws SQLException {
        Plan plan = content.plan();
        if (context.find(PLAN, plan.id()).isPresent()) {
            throw new EditRejectedException("“" + plan.title() + "” (" + plan.edition()
                    + ") is already in this workspace.");
        }
        int position = context.query("SELECT id FROM plan").size();
        List<RowChange> changes = new ArrayList<>();
        Map<String, Object> planRow = new HashMap<>();
        planRow.put("title", plan.title());
        planRow.put("label", plan.label());
        planRow.put("edition", plan.edition());
        planRow.put("published", plan.published());
        planRow.put("publisher", plan.publisher());
        planRow.put("source", plan.source());
        planRow.put("attribution", plan.attribution());
        planRow.put("position", position);
        if (replacesPlanId != null) {
            planRow.put("replaces_plan_id", replacesPlanId.toString()); // schema 3
        }
        changes.add(context.insert(PLAN, plan.id(), planRow));
        for (Chapter chapter : content.chapters()) {
            Map<String, Object> row = new HashMap<>();
            row.put("plan_id", plan.id().toString());
            row.put("number", chapter.number());
            row.put("title", chapter.title());
            row.put("position", chapter.position());
            changes.add(context.insert(CHAPTER, chapter.id(), row));
        }
        for (Section section : content.sections()) {
            changes.add(context.insert(SECTION, section.id(), Map.of("chapter_id", section.chapterId().toString(),
                    "title", section.title(), "position", section.position())));
        }
        for (PlanItem item : content.items()) {
            Map<String, Object> row = new HashMap<>();
            row.put("plan_id", plan.id().toString());
            row.put("chapter_id", item.chapterId().toString());
            row.put("section_id", item.sectionId() == null ? null : item.sectionId().toString());
            row.put("number", item.number());
            row.put("page", item.page());
            row.put("kind", item.kind().code());
            row.put("text", item.text());
            row.put("fingerprint", item.fingerprint());
            row.put("position", item.position());
            changes.add(context.insert(PLAN_ITEM, item.id(), row));
        }
        return changes;
    }
}
