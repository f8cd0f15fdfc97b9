-- The private network of heroes, mentoring and asks (issue 16). Kept column for column in
-- step with migrations/postgres/0020_network.sql. Nothing here feeds the public search index:
-- a network card's text is folded into its own column (`folded`) for the network's search.

-- A hero's entry in the network beyond the public profile.
CREATE TABLE network_cards (
    hero_id               INTEGER PRIMARY KEY REFERENCES heroes (id) ON DELETE CASCADE,
    working_on            TEXT    NOT NULL DEFAULT '',
    ask_me_about          TEXT    NOT NULL DEFAULT '',
    -- working_on and ask_me_about folded like the search index (domain::search::normalize).
    folded                TEXT    NOT NULL DEFAULT '',
    open_to_cospeaking    BOOLEAN NOT NULL DEFAULT FALSE,
    open_to_collaboration BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at            TEXT    NOT NULL
);

-- Requests heroes post to each other; the author closes them.
CREATE TABLE network_asks (
    id         INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    state      TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    created_at TEXT    NOT NULL,
    closed_at  TEXT
);
CREATE INDEX network_asks_state ON network_asks (state, created_at);

CREATE TABLE network_answers (
    id         INTEGER PRIMARY KEY,
    ask_id     INTEGER NOT NULL REFERENCES network_asks (id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);
CREATE INDEX network_answers_ask ON network_answers (ask_id, id);

-- One offer per hero. Lists are comma-separated (shown and matched in Rust, never queried
-- inside). `taken` counts the running mentorships; accepting raises it only
-- `WHERE taken < capacity`, so concurrent acceptances never pass the capacity, and the CHECK
-- holds the line should any code forget.
CREATE TABLE mentoring_offers (
    hero_id         INTEGER PRIMARY KEY REFERENCES heroes (id) ON DELETE CASCADE,
    topics          TEXT    NOT NULL,
    specializations TEXT    NOT NULL DEFAULT '',
    languages       TEXT    NOT NULL,
    time_zones      TEXT    NOT NULL,
    formats         TEXT    NOT NULL,
    capacity        INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 10),
    taken           INTEGER NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
    open            BOOLEAN NOT NULL DEFAULT TRUE,
    updated_at      TEXT    NOT NULL
);

-- A member's request for a mentor: open until a mentor accepts one of its asks (matched) or
-- the member withdraws it.
CREATE TABLE mentoring_requests (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    goals      TEXT    NOT NULL,
    topics     TEXT    NOT NULL,
    language   TEXT    NOT NULL,
    time_zone  TEXT    NOT NULL,
    state      TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'matched', 'withdrawn')),
    created_at TEXT    NOT NULL,
    matched_at TEXT
);
CREATE INDEX mentoring_requests_user ON mentoring_requests (user_id);
CREATE INDEX mentoring_requests_waiting ON mentoring_requests (state, created_at);

-- The member asks one mentor, or a few, per request; `reason` keeps the explanation the
-- member saw when asking.
CREATE TABLE mentoring_asks (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES mentoring_requests (id) ON DELETE CASCADE,
    mentor_id   INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    state       TEXT    NOT NULL DEFAULT 'pending',
    reason      TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    answered_at TEXT,
    UNIQUE (request_id, mentor_id)
);
CREATE INDEX mentoring_asks_mentor ON mentoring_asks (mentor_id, state);

-- An accepted ask becomes a mentorship; each side leaves a word at the end.
CREATE TABLE mentorships (
    id          INTEGER PRIMARY KEY,
    ask_id      INTEGER NOT NULL UNIQUE REFERENCES mentoring_asks (id) ON DELETE CASCADE,
    mentor_id   INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    mentee_id   INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    started_at  TEXT    NOT NULL,
    ended_at    TEXT,
    mentor_word TEXT    NOT NULL DEFAULT '',
    mentee_word TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX mentorships_mentor ON mentorships (mentor_id);
CREATE INDEX mentorships_mentee ON mentorships (mentee_id);

-- The session log; notes are private to the pair. Each session counts as mentoring in the
-- mentor's readiness (store::renewal::items), without its notes.
CREATE TABLE mentoring_sessions (
    id            INTEGER PRIMARY KEY,
    mentorship_id INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,
    held_on       TEXT    NOT NULL,
    notes         TEXT    NOT NULL DEFAULT '',
    logged_by     INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at    TEXT    NOT NULL
);
CREATE INDEX mentoring_sessions_mentorship ON mentoring_sessions (mentorship_id, held_on);
