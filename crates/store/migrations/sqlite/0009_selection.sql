-- Selection and renewal: cycles, candidacies merged from nominations, reviewer assignments
-- and scores, renewal decisions, and the in-account list of notifications.
--
-- Dates are ISO text, timestamps RFC 3339 text (see 0001). Kept column for column in step with
-- migrations/postgres/0009_selection.sql.

CREATE TABLE cycles (
    id               INTEGER PRIMARY KEY,
    -- 'selection' or 'renewal'.
    kind             TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    opens_on         TEXT    NOT NULL,
    closes_on        TEXT    NOT NULL,
    -- The rubric in its text form (see heroes_domain::selection::rubric); '' for renewal.
    rubric           TEXT    NOT NULL DEFAULT '',
    nomination_limit INTEGER NOT NULL DEFAULT 3,
    blind            BOOLEAN NOT NULL DEFAULT FALSE,
    created_at       TEXT    NOT NULL
);
CREATE INDEX cycles_kind_window ON cycles (kind, opens_on, closes_on);

-- Which specializations a selection cycle takes nominations for.
CREATE TABLE cycle_specializations (
    cycle_id          INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    specialization_id INTEGER NOT NULL REFERENCES specializations (id),
    PRIMARY KEY (cycle_id, specialization_id)
);

-- One person nominated for one specialization in one cycle, however many nominated them.
CREATE TABLE candidacies (
    id                INTEGER PRIMARY KEY,
    cycle_id          INTEGER NOT NULL REFERENCES cycles (id),
    specialization_id INTEGER NOT NULL REFERENCES specializations (id),
    -- The nominee's account once known (found by address at nomination or when they answer).
    nominee_user_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    nominee_email     TEXT    NOT NULL,
    nominee_name      TEXT    NOT NULL,
    -- heroes_domain::selection::candidacy::State.
    state             TEXT    NOT NULL,
    -- The candidate profile, completed by the nominee on accepting.
    headline          TEXT    NOT NULL DEFAULT '',
    company           TEXT    NOT NULL DEFAULT '',
    city              TEXT    NOT NULL DEFAULT '',
    country           TEXT    NOT NULL DEFAULT '',
    bio               TEXT    NOT NULL DEFAULT '',
    -- A feed the nominee named: its items of the last twelve months become evidence.
    feed_url          TEXT,
    -- Kept up to date on every review so the queue sorts by score with an index.
    score             INTEGER,
    spread            INTEGER,
    review_count      INTEGER NOT NULL DEFAULT 0,
    -- The decision.
    feedback          TEXT    NOT NULL DEFAULT '',
    renominate_after  TEXT,
    announce_on       TEXT,
    decided_at        TEXT,
    terms_accepted_at TEXT,
    nda_version       TEXT,
    -- The hero record created on the announcement date.
    hero_id           INTEGER REFERENCES heroes (id) ON DELETE SET NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    UNIQUE (cycle_id, specialization_id, nominee_email)
);
-- The review queue: by state and score, or by age, within a cycle.
CREATE INDEX candidacies_queue_score ON candidacies (cycle_id, state, score);
CREATE INDEX candidacies_queue_age ON candidacies (cycle_id, created_at, id);
-- The whole cycle by score or by disagreement (NULLs, the unscored, last), walked in order.
CREATE INDEX candidacies_queue_by_score ON candidacies (cycle_id, score DESC, id);
CREATE INDEX candidacies_queue_by_spread ON candidacies (cycle_id, spread DESC, id);
CREATE INDEX candidacies_nominee_user ON candidacies (nominee_user_id);
CREATE INDEX candidacies_nominee_email ON candidacies (nominee_email);
CREATE INDEX candidacies_announce ON candidacies (state, announce_on);

-- The nominee's public profile links in canonical form: the same person nominated under
-- another address is recognised by them.
CREATE TABLE candidacy_links (
    candidacy_id INTEGER NOT NULL REFERENCES candidacies (id) ON DELETE CASCADE,
    url          TEXT    NOT NULL,
    PRIMARY KEY (candidacy_id, url)
);
CREATE INDEX candidacy_links_url ON candidacy_links (url);

-- Who nominated, why, with what evidence. One per nominator and candidacy: a double submit
-- (or a second nomination of the same person) adds nothing.
CREATE TABLE nominations (
    id           INTEGER PRIMARY KEY,
    candidacy_id INTEGER NOT NULL REFERENCES candidacies (id) ON DELETE CASCADE,
    nominator_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    statement    TEXT    NOT NULL,
    -- One URL per line.
    evidence     TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    UNIQUE (candidacy_id, nominator_id)
);
CREATE INDEX nominations_nominator ON nominations (nominator_id);

-- The nominee's contributions of the last twelve months, copied when they accept, so the
-- file reviewers see does not change under them.
CREATE TABLE candidacy_evidence (
    id           INTEGER PRIMARY KEY,
    candidacy_id INTEGER NOT NULL REFERENCES candidacies (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    url          TEXT    NOT NULL,
    published_on TEXT    NOT NULL,
    views        INTEGER,
    attendees    INTEGER,
    stars        INTEGER,
    answers      INTEGER
);
CREATE INDEX candidacy_evidence_candidacy ON candidacy_evidence (candidacy_id, published_on);

-- Reviewers assigned to a candidacy; a declared conflict excludes them from it.
CREATE TABLE reviewer_assignments (
    candidacy_id INTEGER NOT NULL REFERENCES candidacies (id) ON DELETE CASCADE,
    reviewer_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    assigned_at  TEXT    NOT NULL,
    conflict     TEXT,
    conflict_at  TEXT,
    PRIMARY KEY (candidacy_id, reviewer_id)
);
CREATE INDEX reviewer_assignments_reviewer ON reviewer_assignments (reviewer_id, candidacy_id);

-- Standing assignments: a reviewer assigned to a whole specialization of a cycle is also
-- assigned every candidacy of it nominated later.
CREATE TABLE cycle_reviewers (
    cycle_id          INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    specialization_id INTEGER NOT NULL REFERENCES specializations (id),
    reviewer_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (cycle_id, specialization_id, reviewer_id)
);

-- A reviewer's scores (comma-separated, in the order of the cycle's rubric) and comment.
CREATE TABLE reviews (
    candidacy_id INTEGER NOT NULL REFERENCES candidacies (id) ON DELETE CASCADE,
    reviewer_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scores       TEXT    NOT NULL,
    weighted     INTEGER NOT NULL,
    comment      TEXT    NOT NULL DEFAULT '',
    updated_at   TEXT    NOT NULL,
    PRIMARY KEY (candidacy_id, reviewer_id)
);

-- What a renewal cycle decided for each hero.
CREATE TABLE renewal_decisions (
    id              INTEGER PRIMARY KEY,
    cycle_id        INTEGER NOT NULL REFERENCES cycles (id),
    hero_id         INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    -- 'renew', 'alumni' or 'leave'.
    decision        TEXT    NOT NULL,
    expected_return TEXT,
    note            TEXT    NOT NULL DEFAULT '',
    -- Readiness points when decided.
    points          INTEGER NOT NULL,
    decided_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at      TEXT    NOT NULL,
    UNIQUE (cycle_id, hero_id)
);

-- Everything that concerns a person, also mailed: the list in their account.
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    subject    TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    link       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    read_at    TEXT
);
CREATE INDEX notifications_user ON notifications (user_id, id);

-- The program terms and NDA a person accepted (version and time).
ALTER TABLE users ADD COLUMN terms_accepted_at TEXT;
ALTER TABLE users ADD COLUMN nda_version TEXT;
ALTER TABLE users ADD COLUMN nda_accepted_at TEXT;
