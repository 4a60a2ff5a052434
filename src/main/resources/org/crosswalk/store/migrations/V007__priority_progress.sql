-- Crosswalk workspace: implementation tracking. What is being done about a priority, where it
-- stands (in words), when it is due, and the last update with who gave it and when. A priority
-- nobody has reported on keeps the defaults ('' and NULL).

ALTER TABLE priority ADD COLUMN action TEXT NOT NULL DEFAULT '';
ALTER TABLE priority ADD COLUMN status TEXT
    CHECK (status IS NULL OR status IN ('not_started', 'on_track', 'at_risk', 'off_track', 'done'));
ALTER TABLE priority ADD COLUMN due_date TEXT;
ALTER TABLE priority ADD COLUMN progress_note TEXT NOT NULL DEFAULT '';
ALTER TABLE priority ADD COLUMN progress_at TEXT;
ALTER TABLE priority ADD COLUMN progress_by TEXT;
