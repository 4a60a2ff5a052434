-- Crosswalk workspace, schema version 2: the board paper's settings, one row per setting, so
-- each change is an ordinary undoable edit and other tools can read them.

CREATE TABLE paper_setting (
    id          TEXT PRIMARY KEY NOT NULL,
    key         TEXT NOT NULL UNIQUE,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
