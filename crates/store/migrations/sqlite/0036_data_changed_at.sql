-- When public data last changed, for the `Last-Modified` of answers derived from the data
-- alone (issue 19). Kept in step with migrations/postgres/0036_data_changed_at.sql.
--
-- Milliseconds since 1970 (UTC) by the database's clock, so that every instance reads one
-- clock; set as the last statement before a changing transaction commits (see
-- `Tx::commit`), never moved back. Data written before this migration changed at the
-- latest now.
ALTER TABLE data_version ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
UPDATE data_version SET changed_at = CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER);
