-- Issue 18 (names in any script, times in the viewer's zone).

-- The Latin spelling of a hero's name as the hero gives it: a Japanese or Chinese name's
-- reading cannot be derived from its characters. Shown under the name, and indexed for search
-- beside the name and its transliteration (the search documents are rebuilt after this
-- migration, in Rust: see `migrate.rs`). '' when not given.
ALTER TABLE hero_records ADD COLUMN latin_name TEXT NOT NULL DEFAULT '';
-- `heroes`, the view over hero_records (0031), reads `*` afresh: it has the column too.

-- The account's own time zone (an IANA name) for every time shown to it; '' when not chosen,
-- and then the zone of the hero profile the account speaks for, the browser's, or UTC.
ALTER TABLE users ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
