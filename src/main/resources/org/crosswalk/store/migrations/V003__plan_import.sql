-- Crosswalk workspace, schema version 3: imported plans and their editions, links to review after
-- a new edition, and full-text search over plan items.
-- Runs with foreign keys off (Migrations turns them off before the transaction and checks every
-- reference with PRAGMA foreign_key_check before committing), so rebuilding plan_item below does
-- not cascade into the links that point at it.

-- 1. plan_item, rebuilt: SQLite cannot change a CHECK constraint in place. New item kinds (case
--    studies, figures, tables) and a stable integer key, seq, which full-text search uses as its
--    rowid (VACUUM, and so "Save a Copy", may renumber the implicit rowid of a table without one).
CREATE TABLE plan_item_v3 (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    plan_id     TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    chapter_id  TEXT NOT NULL REFERENCES chapter (id) ON DELETE CASCADE,
    section_id  TEXT REFERENCES section (id) ON DELETE CASCADE,
    number      TEXT,
    page        INTEGER,
    kind        TEXT NOT NULL CHECK (kind IN ('paragraph', 'commitment', 'prose', 'case_study', 'figure', 'table')),
    text        TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL
);
INSERT INTO plan_item_v3 (id, plan_id, chapter_id, section_id, number, page, kind, text, fingerprint, position,
                          created_at, created_by, modified_at, modified_by)
    SELECT id, plan_id, chapter_id, section_id, number, page, kind, text, fingerprint, position,
           created_at, created_by, modified_at, modified_by
    FROM plan_item ORDER BY rowid;
DROP TABLE plan_item;
ALTER TABLE plan_item_v3 RENAME TO plan_item;
CREATE INDEX plan_item_plan ON plan_item (plan_id);
CREATE INDEX plan_item_chapter ON plan_item (chapter_id);
CREATE INDEX plan_item_section ON plan_item (section_id);

-- 2. A plan may be a later edition of another plan in the workspace.
ALTER TABLE plan ADD COLUMN replaces_plan_id TEXT REFERENCES plan (id);

-- 3. A link may wait for review after a new edition: the item's text changed ('changed';
--    review_note keeps the text the link was made to) or was not found in the new edition
--    ('vanished'; the link stays on the earlier edition's item). NULL: nothing to review.
ALTER TABLE link ADD COLUMN review TEXT CHECK (review IS NULL OR review IN ('changed', 'vanished'));
ALTER TABLE link ADD COLUMN review_note TEXT;
CREATE INDEX link_review ON link (review) WHERE review IS NOT NULL;

-- 4. Full-text search. What is searched for each item: its number, its text, and its heading (the
--    section title, then the chapter title).
CREATE VIEW plan_item_search_source AS
    SELECT plan_item.seq AS seq,
           coalesce(plan_item.number, '') AS number,
           plan_item.text AS text,
           trim(coalesce(section.title, '') || char(10) || coalesce(chapter.title, ''), char(10)) AS heading
    FROM plan_item
    LEFT JOIN section ON section.id = plan_item.section_id
    LEFT JOIN chapter ON chapter.id = plan_item.chapter_id;

-- The index, rowid = plan_item.seq; stemmed ("prevented" finds "prevention"), accents ignored.
CREATE VIRTUAL TABLE plan_item_search USING fts5 (
    number, text, heading,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Its terms (stems), for telling whether the word being typed starts any of them. One row per
-- occurrence ('instance'), so the first answers at once; 'row' would count each term's documents.
CREATE VIRTUAL TABLE plan_item_search_vocab USING fts5vocab (plan_item_search, instance);

-- The words as written, unstemmed, for completing the word being typed when it starts no stem
-- ("preventi": the stemmed index holds only "prevent" for "prevention"). It keeps no text and no
-- positions; only its vocabulary (plan_item_words_vocab) is read.
CREATE VIRTUAL TABLE plan_item_words USING fts5 (
    text, heading,
    content = '', contentless_delete = 1, detail = none,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE plan_item_words_vocab USING fts5vocab (plan_item_words, row);

-- Kept in step by triggers, whoever changes the rows (edits, undo, redo, other tools).
CREATE TRIGGER plan_item_search_insert AFTER INSERT ON plan_item BEGIN
    INSERT INTO plan_item_search (rowid, number, text, heading)
        SELECT seq, number, text, heading FROM plan_item_search_source WHERE seq = new.seq;
    INSERT INTO plan_item_words (rowid, text, heading)
        SELECT seq, text, heading FROM plan_item_search_source WHERE seq = new.seq;
END;

CREATE TRIGGER plan_item_search_delete AFTER DELETE ON plan_item BEGIN
    DELETE FROM plan_item_search WHERE rowid = old.seq;
    DELETE FROM plan_item_words WHERE rowid = old.seq;
END;

CREATE TRIGGER plan_item_search_update AFTER UPDATE OF seq, number, text, chapter_id, section_id ON plan_item BEGIN
    DELETE FROM plan_item_search WHERE rowid = old.seq;
    DELETE FROM plan_item_words WHERE rowid = old.seq;
    INSERT INTO plan_item_search (rowid, number, text, heading)
        SELECT seq, number, text, heading FROM plan_item_search_source WHERE seq = new.seq;
    INSERT INTO plan_item_words (rowid, text, heading)
        SELECT seq, text, heading FROM plan_item_search_source WHERE seq = new.seq;
END;

-- A renamed chapter or section (or a section moved to another chapter) changes its items' heading.
CREATE TRIGGER plan_item_search_chapter AFTER UPDATE OF title ON chapter BEGIN
    DELETE FROM plan_item_search WHERE rowid IN (SELECT seq FROM plan_item WHERE chapter_id = new.id);
    DELETE FROM plan_item_words WHERE rowid IN (SELECT seq FROM plan_item WHERE chapter_id = new.id);
    INSERT INTO plan_item_search (rowid, number, text, heading)
        SELECT seq, number, text, heading FROM plan_item_search_source
        WHERE seq IN (SELECT seq FROM plan_item WHERE chapter_id = new.id);
    INSERT INTO plan_item_words (rowid, text, heading)
        SELECT seq, text, heading FROM plan_item_search_source
        WHERE seq IN (SELECT seq FROM plan_item WHERE chapter_id = new.id);
END;

CREATE TRIGGER plan_item_search_section AFTER UPDATE OF title, chapter_id ON section BEGIN
    DELETE FROM plan_item_search WHERE rowid IN (SELECT seq FROM plan_item WHERE section_id = new.id);
    DELETE FROM plan_item_words WHERE rowid IN (SELECT seq FROM plan_item WHERE section_id = new.id);
    INSERT INTO plan_item_search (rowid, number, text, heading)
        SELECT seq, number, text, heading FROM plan_item_search_source
        WHERE seq IN (SELECT seq FROM plan_item WHERE section_id = new.id);
    INSERT INTO plan_item_words (rowid, text, heading)
        SELECT seq, text, heading FROM plan_item_search_source
        WHERE seq IN (SELECT seq FROM plan_item WHERE section_id = new.id);
END;

-- The items already in the file.
INSERT INTO plan_item_search (rowid, number, text, heading)
    SELECT seq, number, text, heading FROM plan_item_search_source ORDER BY seq;
INSERT INTO plan_item_words (rowid, text, heading)
    SELECT seq, text, heading FROM plan_item_search_source ORDER BY seq;
