-- Crosswalk workspace, schema version 1.
-- Every row has a stable UUID (text) so copies of a workspace can be merged by id, and
-- records who created and last changed it, and when (ISO-8601, UTC).

CREATE TABLE workspace_info (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE board (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);

CREATE TABLE plan (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    label       TEXT NOT NULL,
    edition     TEXT,
    published   TEXT,
    publisher   TEXT,
    source      TEXT,
    attribution TEXT,
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);

CREATE TABLE chapter (
    id          TEXT PRIMARY KEY NOT NULL,
    plan_id     TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    number      TEXT,
    title       TEXT NOT NULL,
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX chapter_plan ON chapter (plan_id);

CREATE TABLE section (
    id          TEXT PRIMARY KEY NOT NULL,
    chapter_id  TEXT NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX section_chapter ON section (chapter_id);

CREATE TABLE plan_item (
    id          TEXT PRIMARY KEY NOT NULL,
    plan_id     TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    chapter_id  TEXT NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    section_id  TEXT REFERENCES section (id) ON DELETE CASCADE,
    number      TEXT,
    page        INTEGER,
    kind        TEXT NOT NULL CHECK (kind IN ('paragraph', 'commitment', 'prose')),
    text        TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX plan_item_plan ON plan_item (plan_id);
CREATE INDEX plan_item_chapter ON plan_item (chapter_id);
CREATE INDEX plan_item_section ON plan_item (section_id);

CREATE TABLE theme (
    id          TEXT PRIMARY KEY NOT NULL,
    board_id    TEXT NOT NULL REFERENCES board (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX theme_board ON theme (board_id);

CREATE TABLE priority (
    id          TEXT PRIMARY KEY NOT NULL,
    theme_id    TEXT NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    -- The wording of an explicit "no national mention" statement; NULL when none is made.
    no_mention  TEXT,
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX priority_theme ON priority (theme_id);

CREATE TABLE sub_item (
    id          TEXT PRIMARY KEY NOT NULL,
    priority_id TEXT NOT NULL REFERENCES priority (id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
CREATE INDEX sub_item_priority ON sub_item (priority_id);

CREATE TABLE link (
    id           TEXT PRIMARY KEY NOT NULL,
    priority_id  TEXT NOT NULL REFERENCES priority (id) ON DELETE CASCADE,
    plan_item_id TEXT NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
    excerpt      TEXT,
    relevance    TEXT NOT NULL DEFAULT 'direct' CHECK (relevance IN ('direct', 'partial', 'context')),
    note         TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    modified_at  TEXT NOT NULL,
    modified_by  TEXT NOT NULL,
    UNIQUE (priority_id, plan_item_id)
);
CREATE INDEX link_item ON link (plan_item_id);

-- One row per edit, undo and redo: who changed what, and when.
CREATE TABLE change_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    at          TEXT NOT NULL,
    author      TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('edit', 'undo', 'redo')),
    description TEXT NOT NULL
);
