-- Briefings, part two (issue 13): files as briefing materials, the product area a briefing
-- is about, and the briefing a piece of feedback came from. Kept column for column in step
-- with migrations/postgres/0024_briefing_files.sql.

-- A file staff attached to a briefing. Stored in the database like profile photos, so every
-- instance serves it and a backup holds it. `content_type` is what the server sniffed from
-- the bytes (never what the browser claimed); `name` is already made safe for a download.
-- Served only through the briefing's gate; a download is a line of the access log.
CREATE TABLE briefing_files (
    id           INTEGER PRIMARY KEY,
    briefing_id  INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    size         INTEGER NOT NULL CHECK (size > 0),
    bytes        BLOB    NOT NULL,
    uploaded_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    uploaded_at  TEXT    NOT NULL
);
CREATE INDEX briefing_files_briefing ON briefing_files (briefing_id, id);

-- What exactly was viewed (the file's name for a download); empty for the other kinds.
ALTER TABLE briefing_access_log ADD COLUMN detail TEXT NOT NULL DEFAULT '';

-- The product area a briefing is about (optional).
ALTER TABLE briefings ADD COLUMN area_id INTEGER REFERENCES product_areas (id);

-- The briefing a piece of feedback came from (optional; only one its author could see).
ALTER TABLE feedback_items ADD COLUMN briefing_id INTEGER REFERENCES briefings (id) ON DELETE SET NULL;
CREATE INDEX feedback_items_briefing ON feedback_items (briefing_id);
