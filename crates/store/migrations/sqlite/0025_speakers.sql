-- Speaker suggestions, leaders' mail to their members and group logos (issue 15, part 2).

-- A hero's "available to speak" settings; no row: the hero said nothing (still suggested).
CREATE TABLE speaker_availability (
    hero_id     INTEGER PRIMARY KEY REFERENCES heroes (id) ON DELETE CASCADE,
    -- Not open: never suggested.
    open        BOOLEAN NOT NULL,
    topics      TEXT    NOT NULL DEFAULT '',
    -- NULL: travels anywhere.
    travel_km   INTEGER,
    remote_only BOOLEAN NOT NULL DEFAULT FALSE,
    -- Comma-separated BCP 47 tags; empty: the profile's languages.
    languages   TEXT    NOT NULL DEFAULT '',
    updated_at  TEXT    NOT NULL
);

-- An organizer's request to a hero to speak at an event; one per hero and event. The state
-- (heroes_domain::speakers::InvitationState) moves only from 'pending', by a conditional
-- update, so two answers at once cannot both count.
CREATE TABLE speaker_invitations (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    hero_id     INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    talk_title  TEXT    NOT NULL,
    message     TEXT    NOT NULL DEFAULT '',
    -- The explanation the organizer saw when inviting.
    reason      TEXT    NOT NULL DEFAULT '',
    state       TEXT    NOT NULL,
    invited_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL,
    answered_at TEXT,
    UNIQUE (event_id, hero_id)
);
CREATE INDEX speaker_invitations_by_hero ON speaker_invitations (hero_id, state);

-- Each mail leaders sent to their group's members: the rate limit counts these rows.
CREATE TABLE group_mailings (
    id         INTEGER PRIMARY KEY,
    group_id   INTEGER NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
    sent_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    subject    TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    recipients INTEGER NOT NULL,
    sent_at    TEXT    NOT NULL
);
CREATE INDEX group_mailings_by_group ON group_mailings (group_id, sent_at);

-- Members who unsubscribed from one group's mail (they stay members).
CREATE TABLE group_mail_unsubscribes (
    group_id INTEGER NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at       TEXT    NOT NULL,
    PRIMARY KEY (group_id, user_id)
);

-- Uploaded group logos, re-encoded like hero photos (JPEG, metadata stripped).
CREATE TABLE group_logos (
    group_id   INTEGER PRIMARY KEY REFERENCES user_groups (id) ON DELETE CASCADE,
    jpeg       BLOB    NOT NULL,
    updated_at TEXT    NOT NULL
);
