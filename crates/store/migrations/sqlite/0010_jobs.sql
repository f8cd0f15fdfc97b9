-- Mail delivery with a lease, so that several instances never send one mail twice.
--
-- A worker takes a pending mail by setting claimed_by (its random per-process id) and
-- claimed_until (the end of its lease) in one conditional update; nobody else takes the mail
-- before claimed_until. Marking it sent checks claimed_by is still the same worker. After a
-- failed attempt claimed_by is cleared and claimed_until holds the end of the backoff.
-- Kept column for column in step with migrations/postgres/0010_jobs.sql.

ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
