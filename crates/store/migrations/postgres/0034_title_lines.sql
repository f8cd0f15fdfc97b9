-- Issue 15 (speaker suggestions under 100 ms).

-- A search document's `works` now holds the hero's newest public titles folded one per line
-- (it held them joined by spaces): both full-text indexes read a line break as a space, so
-- search finds the same heroes, and the speaker ranking reads the lines as titles instead of
-- reading and folding up to 200 contributions of each shortlisted hero per request. Nothing
-- changes in the schema; the documents are rebuilt after this migration, in Rust (see
-- `migrate.rs`). The statement below only gives the migration a body.
SELECT 1;
