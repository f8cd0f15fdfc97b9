-- A stamp on each search document (issue 21): a hash of its text, written with it (see
-- `search.rs`), so an instance's in-memory search reads only the documents whose stamp
-- changed since it read them. Documents written before this migration keep 0 until next
-- rewritten, which is as good a stamp as any: it changes when they do.
ALTER TABLE hero_search ADD COLUMN stamp BIGINT NOT NULL DEFAULT 0;
