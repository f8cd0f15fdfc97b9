-- Briefings under NDA (issue 13): NDA versions as data, who accepted which, briefings with
-- their audience, RSVPs with a waitlist, the access log, and personal calendar feeds.

-- Every NDA version admins published. A hero is asked to accept the newest version in effect
-- (effective_on <= today); accepting a version covers briefings that ask for it or an older
-- one (versions are ordered by effective_on, then id).
CREATE TABLE nda_versions (
    id           INTEGER PRIMARY KEY,
    label        TEXT    NOT NULL UNIQUE,
    -- Markdown, rendered and sanitized where shown.
    body         TEXT    NOT NULL,
    effective_on TEXT    NOT NULL,
    published_at TEXT    NOT NULL,
    published_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);

-- Who accepted which version, when, and from which client address. Onboarding writes here
-- too. Part of the person's export; erased with the account.
CREATE TABLE nda_acceptances (
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    nda_version_id INTEGER NOT NULL REFERENCES nda_versions (id),
    accepted_at    TEXT    NOT NULL,
    address        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (user_id, nda_version_id)
);
CREATE INDEX nda_acceptances_version ON nda_acceptances (nda_version_id, accepted_at);

-- The version the code used to carry as a constant, so onboardings already recorded keep
-- their meaning; its text is the one the onboarding page showed.
INSERT INTO nda_versions (label, body, effective_on, published_at)
VALUES ('2026-1', 'Briefings are confidential. You will not share what you learn in briefings until it is public.',
        '2026-01-01', '2026-01-01T00:00:00+00:00');
INSERT INTO nda_acceptances (user_id, nda_version_id, accepted_at, address)
SELECT u.id, v.id, u.nda_accepted_at, '' FROM users u JOIN nda_versions v ON v.label = u.nda_version
WHERE u.nda_accepted_at IS NOT NULL;
-- The acceptance record above is the one truth now.
ALTER TABLE users DROP COLUMN nda_version;
ALTER TABLE users DROP COLUMN nda_accepted_at;

-- A briefing. starts_at is the instant (UTC), time_zone the organizer's IANA zone, so pages
-- show the local time it was planned in. sequence rises with every change an attendee should
-- notice (iCalendar SEQUENCE). created_by runs it (with every admin).
CREATE TABLE briefings (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL,
    summary        TEXT    NOT NULL,
    -- 'specializations', 'all-heroes' or 'named' (domain::briefings::AudienceKind).
    audience       TEXT    NOT NULL,
    nda_version_id INTEGER NOT NULL REFERENCES nda_versions (id),
    embargo_until  TEXT,
    starts_at      TEXT    NOT NULL,
    time_zone      TEXT    NOT NULL,
    minutes        INTEGER NOT NULL CHECK (minutes > 0),
    join_url       TEXT,
    venue          TEXT    NOT NULL DEFAULT '',
    capacity       INTEGER NOT NULL CHECK (capacity > 0),
    agenda         TEXT    NOT NULL DEFAULT '',
    materials      TEXT    NOT NULL DEFAULT '',
    recording_url  TEXT,
    sequence       INTEGER NOT NULL DEFAULT 0,
    created_by     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
CREATE INDEX briefings_starts ON briefings (starts_at);

-- The specializations of a 'specializations' audience.
CREATE TABLE briefing_specializations (
    briefing_id       INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
    specialization_id INTEGER NOT NULL REFERENCES specializations (id),
    PRIMARY KEY (briefing_id, specialization_id)
);

-- The heroes of a 'named' audience.
CREATE TABLE briefing_heroes (
    briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
    hero_id     INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    PRIMARY KEY (briefing_id, hero_id)
);

-- One answer per hero and briefing: 'going' (a seat) or 'waiting'. The seats taken never
-- exceed the capacity: an RSVP and a cancel lock the briefing row (PostgreSQL; SQLite's
-- BEGIN IMMEDIATE serializes writers) and count in the same transaction. The waitlist is
-- served in the order heroes joined it (answered_at, then id).
CREATE TABLE briefing_rsvps (
    id          INTEGER PRIMARY KEY,
    briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    state       TEXT    NOT NULL CHECK (state IN ('going', 'waiting')),
    answered_at TEXT    NOT NULL,
    -- Marked by staff after the briefing; NULL until then.
    attended    BOOLEAN,
    -- When the day-before reminder went out, so a job run twice mails once.
    reminded_at TEXT,
    UNIQUE (briefing_id, user_id)
);
CREATE INDEX briefing_rsvps_queue ON briefing_rsvps (briefing_id, state, answered_at);
CREATE INDEX briefing_rsvps_user ON briefing_rsvps (user_id);

-- Every view of a briefing's page (agenda, materials), its join link, its recording and its
-- calendar file by someone other than its organizers: who, what, when, from where.
CREATE TABLE briefing_access_log (
    id          INTEGER PRIMARY KEY,
    briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    what        TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    address     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX briefing_access_log_briefing ON briefing_access_log (briefing_id, id);

-- A hero's personal calendar feed: the SHA-256 of the secret in its URL (the URL is shown
-- once; revoking deletes the row, so the old URL stops at once).
CREATE TABLE briefing_calendars (
    user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL
);

-- Which hero was told of which new briefing, so the daily digest gathers only briefings not
-- yet mailed and a digest job run twice mails nothing twice.
CREATE TABLE briefing_announcements (
    briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mailed_at   TEXT    NOT NULL,
    PRIMARY KEY (briefing_id, user_id)
);
