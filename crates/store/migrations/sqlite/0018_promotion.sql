-- Promotion (issue 14): heroes' requests for amplification, the spotlight they feed, and the
-- periodic digest with its subscribers and deliveries.
--
-- Dates are ISO text, timestamps RFC 3339 text (see 0001). Kept column for column in step with
-- migrations/postgres/0018_promotion.sql.

-- A hero's request to amplify one of their contributions (a coming talk is a contribution
-- dated ahead). heroes_domain::promotion::State moves it; an approved request carries the
-- schedule staff gave it, and is in the spotlight while starts_at <= now < ends_at.
CREATE TABLE promotion_requests (
    id                INTEGER PRIMARY KEY,
    hero_id           INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    contribution_id   INTEGER NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
    -- heroes_domain::promotion::Channels, stored as names joined by commas.
    channels          TEXT    NOT NULL,
    wanted_from       TEXT    NOT NULL,
    wanted_until      TEXT    NOT NULL,
    note              TEXT    NOT NULL DEFAULT '',
    -- heroes_domain::promotion::State.
    state             TEXT    NOT NULL,
    -- The channels staff granted ('' until approved).
    granted           TEXT    NOT NULL DEFAULT '',
    starts_at         TEXT,
    ends_at           TEXT,
    -- The IANA zone staff scheduled in, to show the window back as they typed it.
    zone              TEXT    NOT NULL DEFAULT 'UTC',
    -- Why staff declined or cancelled.
    reason            TEXT    NOT NULL DEFAULT '',
    decided_by        INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at        TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX promotion_requests_by_hero ON promotion_requests (hero_id, id);
-- The staff queue (pending first) and the spotlight (approved, by window).
CREATE INDEX promotion_requests_by_state ON promotion_requests (state, starts_at, ends_at);
-- One waiting request per contribution: a double submit, even from two tabs at once, adds
-- nothing (the insert meets this index on both backends).
CREATE UNIQUE INDEX promotion_requests_one_pending ON promotion_requests (contribution_id)
    WHERE state = 'pending';

-- One digest per month, drafted by the job `draft-digest` (the unique period makes a second
-- run of the job, or a second instance, find the draft instead of making another).
CREATE TABLE digests (
    id          INTEGER PRIMARY KEY,
    -- heroes_domain::promotion::Period::key, 'YYYY-MM'.
    period      TEXT    NOT NULL UNIQUE,
    title       TEXT    NOT NULL,
    -- Markdown written by an admin before sending (sanitized when shown).
    intro       TEXT    NOT NULL DEFAULT '',
    -- The drafted sections as JSON (heroes_store::digest::Content): read as drafted, so a
    -- past digest reads the same after heroes and contributions change.
    content     TEXT    NOT NULL,
    -- 'draft', 'sending' (deliveries being queued), 'sent'.
    state       TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    sent_at     TEXT,
    sent_by     INTEGER REFERENCES users (id) ON DELETE SET NULL
);

-- Who gets the digest. Members subscribe from their account (user_id set, confirmed at once,
-- mailed at their current address); visitors give an address and confirm it from a mail
-- (double opt-in: confirmed_at stays NULL until then, and nothing is sent to them).
CREATE TABLE digest_subscribers (
    id           INTEGER PRIMARY KEY,
    -- Lower-cased.
    email        TEXT    NOT NULL UNIQUE,
    user_id      INTEGER UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    confirmed_at TEXT,
    created_at   TEXT    NOT NULL
);

-- Which address each digest was queued for: the primary key is what makes a digest reach a
-- recipient once, however many workers send it and however often a send is retried.
CREATE TABLE digest_deliveries (
    digest_id  INTEGER NOT NULL REFERENCES digests (id) ON DELETE CASCADE,
    email      TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (digest_id, email)
);

-- Secrets the program signs links with (the digest's unsubscribe and confirmation links),
-- made at first use by whichever instance gets there first (insert, do nothing on conflict,
-- read back) and never shown.
CREATE TABLE signing_keys (
    name       TEXT NOT NULL PRIMARY KEY,
    secret     TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- One-click unsubscribe (RFC 8058): the address a mail's List-Unsubscribe header names; NULL
-- for mail that is not a list's.
ALTER TABLE outbox ADD COLUMN list_unsubscribe TEXT;
