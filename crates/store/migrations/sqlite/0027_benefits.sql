-- Benefits II: pool imports from the web that run as a job and show their progress, and the
-- digest's period chosen by an admin.
--
-- Kept column for column in step with migrations/postgres/0027_benefits.sql.

-- One upload of a pool file. The request checks every row (a bad file is refused on the spot,
-- line by line) and stores the good rows here; the job `import-credit-codes` adds them in
-- chunks, each chunk committing with `done`, so the page can show how far it got and a run
-- that stopped halfway goes on from `done` instead of from the start.
CREATE TABLE credit_imports (
    id          INTEGER PRIMARY KEY,
    created_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL,
    -- The checked rows, one `line,code,value,expiry` per line (line: the row's line in the
    -- uploaded file, for the refusals); emptied when the import ends, so codes not issued yet
    -- are kept only in the pool.
    file_rows   TEXT    NOT NULL,
    total       INTEGER NOT NULL CHECK (total >= 0),
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done >= 0 AND done <= total),
    -- Codes added, codes found in the pool as they are in the file (a second upload of a file
    -- adds nothing), and codes refused (in the pool with another value or expiry).
    added       INTEGER NOT NULL DEFAULT 0,
    already     INTEGER NOT NULL DEFAULT 0,
    refused     INTEGER NOT NULL DEFAULT 0,
    finished_at TEXT
);

-- Rows an import refused, by their line in the file, and why (a message id of the catalog).
CREATE TABLE credit_import_refusals (
    import_id INTEGER NOT NULL REFERENCES credit_imports (id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    reason    TEXT    NOT NULL,
    PRIMARY KEY (import_id, line)
);

-- How often the digest is drafted: 'weekly', 'monthly' (the default) or 'quarterly'
-- (heroes_domain::promotion::Cadence). One row.
CREATE TABLE digest_settings (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    cadence TEXT    NOT NULL
);
INSERT INTO digest_settings (id, cadence) VALUES (1, 'monthly');

-- Serves the periodic removal of visitors who never confirmed their address.
CREATE INDEX digest_subscribers_unconfirmed ON digest_subscribers (created_at)
    WHERE confirmed_at IS NULL;
