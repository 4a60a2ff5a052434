-- Crosswalk workspace, schema version 6: what merging copies of a workspace needs to know
-- (decision 0019).

-- A row of the board's outline (theme, priority, sub-item, link) that an edit deleted: without it a
-- merge could not tell "deleted here" from "added on the other copy". Written by the deleting edit
-- itself, so undoing the deletion removes it again.
CREATE TABLE deleted_row (
    id          TEXT PRIMARY KEY NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    deleted_at  TEXT NOT NULL,
    deleted_by  TEXT NOT NULL
);
CREATE INDEX deleted_row_row ON deleted_row (table_name, row_id);

-- A version of a row from another copy that a merge has already dealt with (taken, added, or
-- decided against), so merging the same copy again changes nothing and asks nothing. version is the
-- other copy's modified_at of the row, or 'deleted' for a deletion decided against; source_head is
-- the id of that copy's latest change_log entry when it was merged.
CREATE TABLE merge_seen (
    id          TEXT PRIMARY KEY NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    version     TEXT NOT NULL,
    source_head TEXT NOT NULL,
    merged_at   TEXT NOT NULL,
    merged_by   TEXT NOT NULL
);
CREATE INDEX merge_seen_row ON merge_seen (table_name, row_id);
