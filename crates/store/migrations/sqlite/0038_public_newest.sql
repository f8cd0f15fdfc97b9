-- The content stream's order as an index (issue 21): its first page (`/contributions`,
-- newest first, `published_on DESC, id DESC`) read 864 rows sharing the newest date at
-- 1,000,000 contributions and sorted them; this index gives the 24 in order. It replaces
-- the index on the date alone, which is its leading column.
CREATE INDEX contributions_public_newest ON contributions (published_on, id) WHERE private = FALSE;
DROP INDEX contributions_public_date;
