-- Test-only schema version 3 that fails half-way: the first two statements work, the third cannot.
ALTER TABLE priority ADD COLUMN lead TEXT NOT NULL DEFAULT '';
CREATE TABLE meeting (id TEXT PRIMARY KEY NOT NULL);
UPDATE no_such_table SET x = 1;
