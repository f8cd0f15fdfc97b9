-- One work counts once per hero, however its address was typed: `canonical` is the address in
-- the form `WebUrl::canonical` gives (https, no `www.`, no trailing slash, no tracking
-- parameters, parameters sorted), written by the store with every insert and update.
--
-- The canonical form is computed in Rust, so the store fills the column for the rows that
-- exist when this migration runs, in the same transaction (`contributions::fill_canonical`).
-- Where a hero logged the same work twice before, the older row gets the canonical address and
-- the later ones keep NULL: nothing typed is deleted, the hero sees both and can remove one,
-- and an edit of a later row is checked like a new entry. A unique index allows many NULLs
-- on both backends.
ALTER TABLE contributions ADD COLUMN canonical TEXT;
CREATE UNIQUE INDEX contributions_hero_canonical ON contributions (hero_id, canonical);

-- Why items of a source's last poll were not offered (one line per item: its title or address
-- and the reason, e.g. a date before 1990); NULL when every item could be offered.
ALTER TABLE sources ADD COLUMN last_skipped TEXT;
