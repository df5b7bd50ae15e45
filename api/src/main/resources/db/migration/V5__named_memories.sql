-- Named memories (issue 12): a pair may have several memories, `fa-en` (the pair's own, which jobs
-- use unless told otherwise), `fa-en-sport`, `fa-en-client`..., each with a description and a
-- read-only flag. Units and imports name their memory; an existing memory keeps its name (`fa-en`
-- stays `fa-en`), so its units answer as before. Written for H2 2.x and PostgreSQL alike.

-- The foreign key goes while the columns it joins are renamed and widened, and comes back after.
ALTER TABLE tm_unit DROP CONSTRAINT tm_unit_memory;

ALTER TABLE tm_memory RENAME COLUMN pair TO name;
ALTER TABLE tm_memory ALTER COLUMN name SET DATA TYPE VARCHAR(40);
ALTER TABLE tm_memory ADD COLUMN source_lang VARCHAR(3);
ALTER TABLE tm_memory ADD COLUMN target_lang VARCHAR(3);
ALTER TABLE tm_memory ADD COLUMN description VARCHAR(2000);
ALTER TABLE tm_memory ADD COLUMN read_only BOOLEAN DEFAULT FALSE NOT NULL;

-- An import's memory was created with it (or by its first unit) until now; make sure it exists.
INSERT INTO tm_memory (name, generation, created_at)
    SELECT DISTINCT i.pair, 0, CURRENT_TIMESTAMP FROM tm_import i
    WHERE NOT EXISTS (SELECT 1 FROM tm_memory m WHERE m.name = i.pair);

-- Every name so far is a pair, `source-target`.
UPDATE tm_memory SET source_lang = SUBSTRING(name FROM 1 FOR POSITION('-' IN name) - 1),
                     target_lang = SUBSTRING(name FROM POSITION('-' IN name) + 1);
ALTER TABLE tm_memory ALTER COLUMN source_lang SET NOT NULL;
ALTER TABLE tm_memory ALTER COLUMN target_lang SET NOT NULL;

ALTER TABLE tm_unit RENAME COLUMN pair TO memory;
ALTER TABLE tm_unit ALTER COLUMN memory SET DATA TYPE VARCHAR(40);
ALTER INDEX tm_unit_pair RENAME TO tm_unit_by_memory;
ALTER TABLE tm_unit ADD CONSTRAINT tm_unit_memory FOREIGN KEY (memory) REFERENCES tm_memory (name);

ALTER TABLE tm_import RENAME COLUMN pair TO memory;
ALTER TABLE tm_import ALTER COLUMN memory SET DATA TYPE VARCHAR(40);
ALTER TABLE tm_import ADD CONSTRAINT tm_import_memory FOREIGN KEY (memory) REFERENCES tm_memory (name);

-- The memories a task reads (in order, each with a penalty) and the one it writes to (JSON, see
-- job.MemorySetup); NULL for tasks made before: they read and write the pair's own memory.
ALTER TABLE task ADD COLUMN memories VARCHAR(4000);
