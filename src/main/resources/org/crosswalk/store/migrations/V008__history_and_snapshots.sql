-- Crosswalk workspace, schema version 8: history that can be filtered by priority, and named
-- snapshots of the board's table that travel with the file (decision 0020).

-- The rows each logged change touched; priority_id is the priority a priority, sub-item or link
-- row belongs to (NULL for themes, plans, settings and snapshots). Changes logged before this
-- version have no rows here: they are listed but cannot be filtered.
CREATE TABLE change_row (
    log_seq     INTEGER NOT NULL REFERENCES change_log (seq) ON DELETE CASCADE,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    priority_id TEXT
);
CREATE INDEX change_row_log ON change_row (log_seq);
CREATE INDEX change_row_priority ON change_row (priority_id, log_seq);

-- The first change_log seq that has change_row rows: older entries predate the upgrade.
INSERT INTO workspace_info (key, value)
    SELECT 'change_rows_from_seq', CAST(COALESCE(MAX(seq), 0) + 1 AS TEXT) FROM change_log;

-- A named snapshot: the board's content at that moment (themes, priorities, sub-items, links,
-- paper settings and the plans its links cite, with their items' numbers, pages and text) as JSON.
CREATE TABLE snapshot (
    id          TEXT PRIMARY KEY NOT NULL,
    number      INTEGER NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    taken_at    TEXT NOT NULL,
    taken_by    TEXT NOT NULL,
    themes      INTEGER NOT NULL,
    priorities  INTEGER NOT NULL,
    links       INTEGER NOT NULL,
    content     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
