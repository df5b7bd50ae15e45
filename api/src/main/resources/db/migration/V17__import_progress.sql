-- An import's progress has a total from its start: the <tu> count of a streaming pass over the file
-- (NULL while it counts, or when the file cannot be read to its end; the import then says why).
-- Who started it, for the list of recent imports a person comes back to; who cancelled one is
-- in the audit log and in its messages.
ALTER TABLE tm_import ADD COLUMN units_total BIGINT;
ALTER TABLE tm_import ADD COLUMN started_by VARCHAR(255);
CREATE INDEX tm_import_created ON tm_import (created_at);
