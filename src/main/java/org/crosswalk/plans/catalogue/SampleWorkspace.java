package org.crosswalk.plans.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.model.Relevance;
import org.crosswalk.store.Workspace;
import org.crosswalk.store.WorkspaceFiles;
import org.crosswalk.store.WorkspaceProblem;
import org.crosswalk.store.edit.Edit;
import org.crosswalk.store.edit.PlanEdits;
import org.crosswalk.store.edit.PlannedEdit;
import org.crosswalk.store.edit.RowChange;
import org.crosswalk.store.edit.Tables;

/**
 * The sample workspace: the Oxfordshire Health Improvement Board's table of February 2019
 * (resources/samples/oxfordshire-hib-2019.json), built on the bundled NHS Long Term Plan.
 */
public final class SampleWorkspace {
    public static final String RESOURCE = "/samples/oxfordshire-hib-2019.json";
    public static final String FILE_NAME = "Oxfordshire HIB - NHS Long Term Plan mapping (sample)"
            + WorkspaceFiles.EXTENSION;

    private final PlanCatalogue catalogue;

    public SampleWorkspace(PlanCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Writes the sample to {@code path} (replacing a file there) and returns it open, with an
     * empty undo history: building the sample is not an edit the user should undo.
     */
    public Workspace create(WorkspaceFiles files, Path path) throws WorkspaceProblem, SQLException {
        JsonNode sample = Json.resource(RESOURCE);
        try (Workspace workspace = files.create(path, Json.text(sample, "board"), Json.text(sample, "title"))) {
            for (JsonNode key : Json.array(sample, "plans")) {
                workspace.history().execute(PlanEdits.addPlan(catalogue.load(key.asText())));
            }
            UUID boardId = workspace.load().board().id();
            workspace.history().execute(outline(sample, boardId));
        }
        return files.open(path, false);
    }

    /** The sample's themes, priorities, sub-items and links as one edit. */
    private static Edit outline(JsonNode sample, UUID boardId) {
        return context -> {
            List<RowChange> changes = new ArrayList<>();
            int themePosition = 0;
            for (JsonNode theme : Json.array(sample, "themes")) {
                UUID themeId = Json.id(theme);
                changes.add(context.insert(Tables.THEME, themeId, Map.of("board_id", boardId.toString(),
                        "title", Json.text(theme, "title"), "position", themePosition++)));
                int priorityPosition = 0;
                for (JsonNode priority : Json.array(theme, "priorities")) {
                    changes.addAll(priority(context, priority, themeId, priorityPosition++));
                }
            }
            return new PlannedEdit("Create the sample table", changes);
        };
    }

    private static List<RowChange> priority(org.crosswalk.store.edit.EditContext context, JsonNode priority,
                                            UUID themeId, int position) {
        List<RowChange> changes = new ArrayList<>();
        UUID priorityId = Json.id(priority);
        Map<String, Object> row = new HashMap<>();
        row.put("theme_id", themeId.toString());
        row.put("title", Json.text(priority, "title"));
        row.put("note", "");
        row.put("no_mention", Json.text(priority, "noMention"));
        row.put("position", position);
        changes.add(context.insert(Tables.PRIORITY, priorityId, row));
        int subPosition = 0;
        for (JsonNode subItem : Json.array(priority, "subItems")) {
            changes.add(context.insert(Tables.SUB_ITEM, Json.id(subItem), Map.of("priority_id", priorityId.toString(),
                    "text", Json.text(subItem, "text"), "position", subPosition++)));
        }
        int linkPosition = 0;
        for (JsonNode link : Json.array(priority, "links")) {
            Map<String, Object> linkRow = new HashMap<>();
            linkRow.put("priority_id", priorityId.toString());
            linkRow.put("plan_item_id", Json.text(link, "item"));
            linkRow.put("excerpt", Json.text(link, "excerpt"));
            String relevance = Json.text(link, "relevance");
            linkRow.put("relevance", relevance == null ? Relevance.DIRECT.code() : Relevance.fromCode(relevance).code());
            String note = Json.text(link, "note");
            linkRow.put("note", note == null ? "" : note);
            linkRow.put("position", linkPosition++);
            changes.add(context.insert(Tables.LINK, Json.id(link), linkRow));
        }
        return changes;
    }
}
