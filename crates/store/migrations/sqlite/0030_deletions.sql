-- What left the public record, for mirrors that sync with `updated_since`: a list answers
-- what changed, this table answers what went away (`GET /api/v1/deletions`). Kept by
-- triggers, so every path that deletes or hides (an owner, an admin, an erasure, a cascade)
-- records it in its own transaction, and a rolled-back change records nothing.
--
-- kind 'hero': `key` is the slug of a public hero (active, on leave or alumni) whose record
-- was erased; their contributions went with them and are not listed one by one.
-- kind 'contribution': `key` is the id of a public contribution of a public hero that was
-- deleted or marked private. A contribution made public again simply reappears in the
-- contributions list with a later `updated_at`: apply both lists in time order.
CREATE TABLE deletions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    -- The same text form as every other time column (RFC 3339 with +00:00), so comparisons
    -- with a bound time are comparisons of text.
    deleted_at TEXT    NOT NULL
);
CREATE INDEX deletions_time ON deletions (deleted_at, id);

CREATE TRIGGER deletions_hero AFTER DELETE ON heroes
WHEN OLD.status IN ('active', 'on-leave', 'alumni')
BEGIN
    INSERT INTO deletions (kind, key, deleted_at)
    VALUES ('hero', OLD.slug, strftime('%Y-%m-%dT%H:%M:%f', 'now') || '+00:00');
END;

CREATE TRIGGER deletions_contribution AFTER DELETE ON contributions
WHEN OLD.private = 0 AND EXISTS (
    SELECT 1 FROM heroes WHERE id = OLD.hero_id AND status IN ('active', 'on-leave', 'alumni'))
BEGIN
    INSERT INTO deletions (kind, key, deleted_at)
    VALUES ('contribution', CAST(OLD.id AS TEXT), strftime('%Y-%m-%dT%H:%M:%f', 'now') || '+00:00');
END;

CREATE TRIGGER deletions_contribution_hidden AFTER UPDATE OF private ON contributions
WHEN OLD.private = 0 AND NEW.private = 1 AND EXISTS (
    SELECT 1 FROM heroes WHERE id = OLD.hero_id AND status IN ('active', 'on-leave', 'alumni'))
BEGIN
    INSERT INTO deletions (kind, key, deleted_at)
    VALUES ('contribution', CAST(OLD.id AS TEXT), strftime('%Y-%m-%dT%H:%M:%f', 'now') || '+00:00');
END;
