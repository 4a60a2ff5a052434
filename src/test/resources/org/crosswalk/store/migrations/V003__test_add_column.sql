-- Test-only schema version 3: a priority gets a lead officer, and a table of meetings.
ALTER TABLE priority ADD COLUMN lead TEXT NOT NULL DEFAULT '';

CREATE TABLE meeting (
    id   TEXT PRIMARY KEY NOT NULL,
    held TEXT NOT NULL
);
