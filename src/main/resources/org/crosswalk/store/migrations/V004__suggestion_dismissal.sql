-- Crosswalk workspace, schema version 4: suggestions a person has dismissed for a priority, so
-- the same plan paragraph is not proposed to them again. One row per (priority, plan item);
-- dismissing and restoring are ordinary undoable edits.

CREATE TABLE suggestion_dismissal (
    id           TEXT PRIMARY KEY NOT NULL,
    priority_id  TEXT NOT NULL REFERENCES priority (id) ON DELETE CASCADE,
    plan_item_id TEXT NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    modified_at  TEXT NOT NULL,
    modified_by  TEXT NOT NULL,
    UNIQUE (priority_id, plan_item_id)
);
CREATE INDEX suggestion_dismissal_item ON suggestion_dismissal (plan_item_id);
