-- User groups and their events (issue 15): groups members propose and admins approve, their
-- members and leaders, events of a group or of the program with speakers, RSVPs with a
-- waitlist and check-in, and the secret address of each person's calendar feed.
--
-- Kept column for column in step with migrations/postgres/0019_groups_events.sql.
-- Timestamps are RFC 3339 text, dates ISO text (see 0001).

CREATE TABLE user_groups (
    id           INTEGER PRIMARY KEY,
    -- Derived from the name when proposed (a suffix when taken); it never changes, so links last.
    slug         TEXT             NOT NULL UNIQUE,
    name         TEXT             NOT NULL,
    city         TEXT             NOT NULL,
    -- ISO 3166-1 alpha-2; region is derived from it (heroes_domain::geo) and stored so the
    -- directory can filter and count by it without a table of countries.
    country      TEXT             NOT NULL,
    region       TEXT             NOT NULL,
    online_only  BOOLEAN          NOT NULL DEFAULT FALSE,
    -- Markdown, sanitized when shown.
    description  TEXT             NOT NULL,
    -- Web addresses, one per line (each a domain::web::WebUrl).
    links        TEXT             NOT NULL DEFAULT '',
    founded      TEXT,
    -- heroes_domain::groups::GroupStatus: proposed, active, dormant, closed, declined.
    status       TEXT             NOT NULL,
    -- The city's coordinates, for the map and distances (NULL when unknown).
    latitude     REAL,
    longitude    REAL,
    proposed_by  INTEGER           REFERENCES users (id) ON DELETE SET NULL,
    created_at   TEXT             NOT NULL,
    updated_at   TEXT             NOT NULL,
    CONSTRAINT user_groups_status CHECK (status IN ('proposed', 'active', 'dormant', 'closed', 'declined'))
);
CREATE INDEX user_groups_by_status ON user_groups (status, country);

CREATE TABLE group_specializations (
    group_id          INTEGER NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
    specialization_id INTEGER NOT NULL REFERENCES specializations (id),
    PRIMARY KEY (group_id, specialization_id)
);
CREATE INDEX group_specializations_by_specialization ON group_specializations (specialization_id);

-- Members of a group; leaders are members with the flag. The primary key makes a double
-- "join" one membership.
CREATE TABLE group_members (
    group_id  INTEGER      NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
    user_id   INTEGER      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    leader    BOOLEAN     NOT NULL DEFAULT FALSE,
    joined_at TEXT        NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_by_user ON group_members (user_id);

CREATE TABLE events (
    id                 INTEGER PRIMARY KEY,
    -- NULL: an event of the program itself.
    group_id           INTEGER      REFERENCES user_groups (id) ON DELETE CASCADE,
    title              TEXT        NOT NULL,
    description        TEXT        NOT NULL,
    -- heroes_domain::events::EventKind.
    kind               TEXT        NOT NULL,
    starts_at          TEXT        NOT NULL,
    ends_at            TEXT        NOT NULL,
    -- The IANA zone the organizer chose; times are shown in it and in the viewer's.
    time_zone          TEXT        NOT NULL,
    venue              TEXT        NOT NULL DEFAULT '',
    online_url         TEXT,
    -- The online link is shown only to people going (not the waitlist).
    link_for_attendees BOOLEAN     NOT NULL DEFAULT FALSE,
    -- NULL: no limit.
    capacity           INTEGER,
    -- Seats taken, moved in the transaction of every RSVP, cancellation and promotion under
    -- the event's row lock; the check is the last guard against overbooking.
    going_count        INTEGER      NOT NULL DEFAULT 0,
    rsvp_deadline      TEXT       ,
    specialization_id  INTEGER      REFERENCES specializations (id),
    cancelled          BOOLEAN     NOT NULL DEFAULT FALSE,
    -- Raised on each change, for the iCalendar SEQUENCE.
    sequence           INTEGER      NOT NULL DEFAULT 0,
    created_by         INTEGER      REFERENCES users (id) ON DELETE SET NULL,
    created_at         TEXT        NOT NULL,
    updated_at         TEXT        NOT NULL,
    CONSTRAINT events_end_after_start CHECK (ends_at > starts_at),
    CONSTRAINT events_within_capacity CHECK (going_count >= 0 AND (capacity IS NULL OR going_count <= capacity))
);
CREATE INDEX events_by_start ON events (starts_at);
CREATE INDEX events_by_group ON events (group_id, starts_at);

-- Who speaks: a hero of the program or anyone named; with the talk's title. A hero speaker
-- is offered the talk as a contribution suggestion once the event is over.
CREATE TABLE event_speakers (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    hero_id    INTEGER REFERENCES heroes (id) ON DELETE SET NULL,
    name       TEXT   NOT NULL,
    talk_title TEXT   NOT NULL,
    position   INTEGER NOT NULL
);
CREATE INDEX event_speakers_by_event ON event_speakers (event_id);
CREATE INDEX event_speakers_by_hero ON event_speakers (hero_id);

-- One person's answer to one event: going, waiting (the waitlist, in requested_at order) or
-- cancelled. heroes_domain::events::RsvpState.
CREATE TABLE rsvps (
    event_id      INTEGER      NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    user_id       INTEGER      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    state         TEXT        NOT NULL,
    requested_at  TEXT        NOT NULL,
    checked_in_at TEXT       ,
    PRIMARY KEY (event_id, user_id),
    CONSTRAINT rsvps_state CHECK (state IN ('going', 'waiting', 'cancelled'))
);
CREATE INDEX rsvps_waitlist ON rsvps (event_id, state, requested_at);
CREATE INDEX rsvps_by_user ON rsvps (user_id, state);

-- The secret address of a person's own calendar (their RSVPs): only its SHA-256 is kept, so a
-- copy of the database opens no feed; a new secret revokes the old one.
CREATE TABLE calendar_feeds (
    user_id     INTEGER      NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret_hash TEXT        NOT NULL UNIQUE,
    created_at  TEXT        NOT NULL
);

-- The attendance of a talk offered to its hero speaker after the event (the people checked
-- in), carried into the contribution as its reach when the hero claims it. NULL for items
-- found in feeds.
ALTER TABLE suggestions ADD COLUMN attendees INTEGER;
