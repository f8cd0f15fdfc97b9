-- The same work published at several addresses (a post syndicated to a second site or feed):
-- each further address points at the canonical address of the first one seen, so the work is
-- offered and counted once, with all its links.
CREATE TABLE syndications (
    hero_id   INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    canonical TEXT NOT NULL,
    url       TEXT NOT NULL,
    primary_canonical TEXT NOT NULL,
    PRIMARY KEY (hero_id, canonical)
);
CREATE INDEX syndications_primary ON syndications (hero_id, primary_canonical);
