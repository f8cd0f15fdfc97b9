-- Automatic capture: where a hero publishes (sources), what was found there (suggestions),
-- and the job queue that polls the sources.

CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    hero_id         INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    -- 'feed' (RSS, Atom, JSON Feed) or 'github' (a user's public repositories).
    kind            TEXT NOT NULL,
    -- The feed address, or the GitHub login.
    target          TEXT NOT NULL,
    auto_accept     BOOLEAN NOT NULL DEFAULT FALSE,
    -- For conditional GET.
    etag            TEXT,
    last_modified   TEXT,
    last_success_at TEXT,
    last_error      TEXT,
    last_error_at   TEXT,
    created_at      TEXT NOT NULL,
    UNIQUE (hero_id, kind, target)
);

-- Items found at a source, waiting for the hero: claimed (it became a contribution) or
-- declined (never offered again). One per hero and canonical address.
CREATE TABLE suggestions (
    id           INTEGER PRIMARY KEY,
    hero_id      INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    source_id    INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    url          TEXT NOT NULL,
    canonical    TEXT NOT NULL,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    published_on TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    stars        INTEGER,
    -- 'new', 'claimed' or 'declined'.
    state        TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    decided_at   TEXT,
    UNIQUE (hero_id, canonical)
);
CREATE INDEX suggestions_hero_state ON suggestions (hero_id, state);

-- Named, idempotent jobs. A row is claimed by a worker with a lease (locked_by,
-- locked_until); an expired lease means the worker died and the job may be taken again.
-- Recurring jobs (polling a source) keep their row and move run_at forward.
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    job_key      TEXT NOT NULL,
    run_at       TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    locked_by    TEXT,
    locked_until TEXT,
    last_error   TEXT,
    last_run_at  TEXT,
    runs         INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    UNIQUE (name, job_key)
);
CREATE INDEX jobs_due ON jobs (run_at);
