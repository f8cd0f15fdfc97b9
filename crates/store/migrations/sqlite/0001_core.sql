-- The core program: specializations, heroes with their awards and links, contributions, and
-- the search documents that make the directory findable.
--
-- Timestamps are RFC 3339 text bound from Rust (never CURRENT_TIMESTAMP, whose format differs);
-- dates are ISO 8601 text, so text order is time order.

-- One row, bumped by every write that changes what the public sees, so that every instance
-- can tell with one cheap read whether its cached pages are still current.
CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

-- Specializations are rows, not an enum, so that admins add, rename and retire them without a
-- deploy. `position` orders them on pages; `active = FALSE` retires one but keeps its history.
CREATE TABLE specializations (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL
);

-- One row per hero (active, alumni or on leave). `region` and `hero_since` are derived from
-- `country` and the awards by the domain crate and stored because the directory filters and
-- sorts on them; `sort_name` is the display name folded (case, accents) for a stable A-Z.
CREATE TABLE heroes (
    id           INTEGER PRIMARY KEY,
    slug         TEXT    NOT NULL UNIQUE,
    display_name TEXT    NOT NULL,
    sort_name    TEXT    NOT NULL,
    headline     TEXT    NOT NULL DEFAULT '',
    company      TEXT    NOT NULL DEFAULT '',
    bio          TEXT    NOT NULL DEFAULT '',
    city         TEXT    NOT NULL DEFAULT '',
    country      TEXT    NOT NULL,
    region       TEXT    NOT NULL,
    photo_url    TEXT,
    timezone     TEXT,
    -- Comma-separated BCP 47 tags; never queried inside, only shown.
    languages    TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL,
    hero_since   INTEGER NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);
-- The directory's default view: active heroes A-Z.
CREATE INDEX heroes_status_sort_name ON heroes (status, sort_name);
CREATE INDEX heroes_country ON heroes (country);
CREATE INDEX heroes_region ON heroes (region);
CREATE INDEX heroes_hero_since ON heroes (hero_since);

-- At most one link of each kind per hero (the domain enforces it too).
CREATE TABLE hero_links (
    hero_id INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL,
    url     TEXT    NOT NULL,
    PRIMARY KEY (hero_id, kind)
);

-- Recognition in a specialization, with the year. A hero has one or more.
CREATE TABLE hero_awards (
    hero_id           INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    specialization_id INTEGER NOT NULL REFERENCES specializations (id),
    year              INTEGER NOT NULL,
    PRIMARY KEY (hero_id, specialization_id)
);
-- Serves the specialization filter and facet counts.
CREATE INDEX hero_awards_specialization ON hero_awards (specialization_id, hero_id);

-- The work heroes share. Reach figures are nullable: only those that fit the kind are set.
CREATE TABLE contributions (
    id                INTEGER PRIMARY KEY,
    hero_id           INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    kind              TEXT    NOT NULL,
    title             TEXT    NOT NULL,
    url               TEXT    NOT NULL,
    published_on      TEXT    NOT NULL,
    specialization_id INTEGER REFERENCES specializations (id),
    -- Comma-separated tag slugs.
    tags              TEXT    NOT NULL DEFAULT '',
    description       TEXT    NOT NULL DEFAULT '',
    views             INTEGER,
    attendees         INTEGER,
    stars             INTEGER,
    answers           INTEGER,
    private           BOOLEAN NOT NULL DEFAULT FALSE,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
-- The same work is never counted twice for one hero.
CREATE UNIQUE INDEX contributions_hero_url ON contributions (hero_id, url);
-- A profile's recent contributions.
CREATE INDEX contributions_hero_date ON contributions (hero_id, published_on);
-- The public content stream, newest first, overall and per specialization.
CREATE INDEX contributions_public_date ON contributions (published_on) WHERE private = FALSE;
CREATE INDEX contributions_specialization_date ON contributions (specialization_id, published_on);
CREATE INDEX contributions_kind_date ON contributions (kind, published_on);

-- Search documents, one per hero, written by the store in the same transaction as the data
-- they come from. The text is already folded by the domain crate (lowercase, no accents), so
-- both backends index the same words. `works` holds the titles of public contributions.
CREATE TABLE hero_search (
    hero_id INTEGER PRIMARY KEY REFERENCES heroes (id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    profile TEXT NOT NULL,
    works   TEXT NOT NULL
);

-- SQLite only: the FTS5 index over hero_search (external content, kept in step by triggers).
CREATE VIRTUAL TABLE hero_search_fts USING fts5 (
    name, profile, works,
    content = 'hero_search', content_rowid = 'hero_id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER hero_search_ai AFTER INSERT ON hero_search BEGIN
    INSERT INTO hero_search_fts (rowid, name, profile, works)
    VALUES (new.hero_id, new.name, new.profile, new.works);
END;
CREATE TRIGGER hero_search_ad AFTER DELETE ON hero_search BEGIN
    INSERT INTO hero_search_fts (hero_search_fts, rowid, name, profile, works)
    VALUES ('delete', old.hero_id, old.name, old.profile, old.works);
END;
CREATE TRIGGER hero_search_au AFTER UPDATE ON hero_search BEGIN
    INSERT INTO hero_search_fts (hero_search_fts, rowid, name, profile, works)
    VALUES ('delete', old.hero_id, old.name, old.profile, old.works);
    INSERT INTO hero_search_fts (rowid, name, profile, works)
    VALUES (new.hero_id, new.name, new.profile, new.works);
END;
