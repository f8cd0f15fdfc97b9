-- Product feedback and office hours (issue 13): product areas and the staff who own them,
-- feedback items with their thread, "me too" votes and followers, and office-hour slots with
-- at most one booking each. Kept column for column in step with
-- migrations/postgres/0016_feedback.sql.

-- A product area feedback is filed to and office hours are held for. The slug is its address
-- in filters (`/staff/feedback?area=lambda`).
CREATE TABLE product_areas (
    id          INTEGER PRIMARY KEY,
    slug        TEXT        NOT NULL UNIQUE,
    name        TEXT        NOT NULL,
    description TEXT        NOT NULL DEFAULT '',
    created_at  TEXT        NOT NULL,
    updated_at  TEXT        NOT NULL
);

-- The staff who own an area: they are told of every new item filed to it.
CREATE TABLE product_area_owners (
    area_id INTEGER NOT NULL REFERENCES product_areas (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (area_id, user_id)
);

-- One piece of feedback. The author's erasure removes it with its thread (ON DELETE
-- CASCADE). `state` moves only through the domain's state machine, with `WHERE state = old`.
-- `note` is the staff's last word on a closed item (the decline reason, the ship note).
-- `first_answered_at` is the first time staff answered or moved it, `resolved_at` when it
-- closed: the admin page's medians read them.
CREATE TABLE feedback_items (
    id                INTEGER PRIMARY KEY,
    area_id           INTEGER     NOT NULL REFERENCES product_areas (id),
    author_id         INTEGER     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title             TEXT        NOT NULL,
    body              TEXT        NOT NULL,
    kind              TEXT        NOT NULL,
    impact            TEXT        NOT NULL DEFAULT '',
    links             TEXT        NOT NULL DEFAULT '',
    shared            BOOLEAN     NOT NULL DEFAULT FALSE,
    state             TEXT        NOT NULL DEFAULT 'new',
    note              TEXT        NOT NULL DEFAULT '',
    duplicate_of      INTEGER     REFERENCES feedback_items (id) ON DELETE SET NULL,
    created_at        TEXT        NOT NULL,
    updated_at        TEXT        NOT NULL,
    first_answered_at TEXT       ,
    resolved_at       TEXT       
);
-- The staff queue: one area, filtered by state, ordered by age.
CREATE INDEX feedback_items_queue ON feedback_items (area_id, state, created_at);
CREATE INDEX feedback_items_author ON feedback_items (author_id, created_at);

-- The thread: the author and staff write; `internal` marks a staff-only note the author never
-- sees; `state` is set on the line a status change writes. A staff member's erasure keeps the
-- words (author_id set to NULL).
CREATE TABLE feedback_messages (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER     NOT NULL REFERENCES feedback_items (id) ON DELETE CASCADE,
    author_id  INTEGER     REFERENCES users (id) ON DELETE SET NULL,
    from_staff BOOLEAN     NOT NULL DEFAULT FALSE,
    internal   BOOLEAN     NOT NULL DEFAULT FALSE,
    state      TEXT,
    body       TEXT        NOT NULL,
    created_at TEXT        NOT NULL
);
CREATE INDEX feedback_messages_item ON feedback_messages (item_id, id);

-- "Me too" from other heroes, once each (the primary key makes a double click count once).
CREATE TABLE feedback_votes (
    item_id    INTEGER     NOT NULL REFERENCES feedback_items (id) ON DELETE CASCADE,
    user_id    INTEGER     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT        NOT NULL,
    PRIMARY KEY (item_id, user_id)
);

-- Who is told of every status change, besides the author.
CREATE TABLE feedback_followers (
    item_id    INTEGER     NOT NULL REFERENCES feedback_items (id) ON DELETE CASCADE,
    user_id    INTEGER     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT        NOT NULL,
    PRIMARY KEY (item_id, user_id)
);
CREATE INDEX feedback_followers_user ON feedback_followers (user_id);

-- An office-hour slot: the instant in UTC and the zone the host chose, so pages show both.
CREATE TABLE office_hour_slots (
    id         INTEGER PRIMARY KEY,
    area_id    INTEGER     NOT NULL REFERENCES product_areas (id),
    host_id    INTEGER     REFERENCES users (id) ON DELETE SET NULL,
    starts_at  TEXT        NOT NULL,
    zone       TEXT        NOT NULL,
    minutes    INTEGER     NOT NULL,
    link       TEXT        NOT NULL,
    created_at TEXT        NOT NULL
);
CREATE INDEX office_hour_slots_starts ON office_hour_slots (starts_at);

-- One slot, one booking: the slot is the primary key, so of two heroes booking at once the
-- database lets exactly one in. `reminded_at` makes the reminder job's mail go out once.
CREATE TABLE office_hour_bookings (
    slot_id     INTEGER     PRIMARY KEY REFERENCES office_hour_slots (id) ON DELETE CASCADE,
    user_id     INTEGER     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    booked_at   TEXT        NOT NULL,
    reminded_at TEXT       
);
CREATE INDEX office_hour_bookings_user ON office_hour_bookings (user_id);
