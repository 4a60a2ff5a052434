-- Crosswalk workspace, schema version 5: who leads a priority ("Director of Public Health",
-- a lead officer's name), as boards' own tables often say; '' when nobody is named.

ALTER TABLE priority ADD COLUMN lead TEXT NOT NULL DEFAULT '';
