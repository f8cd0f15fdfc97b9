-- Credits: the program's unit, yearly allotments, hero requests, the pool of redemption codes,
-- and the append-only ledger every balance is computed from.
--
-- Kept column for column in step with migrations/postgres/0017_credits.sql.
--
-- What the database guarantees, whatever the code above it does:
-- * a balance never goes negative: `credit_balances.available` has CHECK (>= 0) and is moved
--   only by the trigger on each ledger insert, in the inserting transaction, so an entry that
--   would overdraw fails with it;
-- * a code is issued once: `credit_codes.issued` never goes back to FALSE (trigger), the issue
--   is a conditional update `WHERE NOT issued`, and at most one `issue` entry names a code;
-- * a retried operation never doubles: every ledger entry carries an `op_key` naming the
--   operation (`hold:REQUEST`, `issue:CODE`, `allotment:YEAR:HERO`…), unique;
--   a request's `(hero_id, idempotency_key)` is unique.

-- The unit amounts are counted in, named by the admins. One row.
CREATE TABLE credit_settings (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    unit TEXT    NOT NULL
);
INSERT INTO credit_settings (id, unit) VALUES (1, 'USD');

-- The yearly allotment of a hero of a specialization (a hero of several gets the largest).
CREATE TABLE credit_allotment_rules (
    year              INTEGER NOT NULL,
    specialization_id INTEGER NOT NULL REFERENCES specializations (id),
    amount            INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (year, specialization_id)
);

-- A person's allotment for a year when it differs from their specialization's.
CREATE TABLE credit_allotment_exceptions (
    year    INTEGER NOT NULL,
    hero_id INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    amount  INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (year, hero_id)
);

-- A hero's request. `state` is heroes_domain::credits::State.
CREATE TABLE credit_requests (
    id                INTEGER PRIMARY KEY,
    hero_id           INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    -- The hero's first specialization when they asked, for the spend report.
    specialization_id INTEGER REFERENCES specializations (id),
    purpose           TEXT    NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount > 0),
    note              TEXT    NOT NULL DEFAULT '',
    idempotency_key   TEXT    NOT NULL,
    state             TEXT    NOT NULL,
    approved_amount   INTEGER CHECK (approved_amount > 0 AND approved_amount <= amount),
    reason            TEXT    NOT NULL DEFAULT '',
    requested_at      TEXT    NOT NULL,
    decided_at        TEXT,
    decided_by        INTEGER REFERENCES users (id) ON DELETE SET NULL,
    UNIQUE (hero_id, idempotency_key)
);
-- Serves the staff queue (open requests, oldest first).
CREATE INDEX credit_requests_state ON credit_requests (state, id);

-- The pool. A code stays after it is issued (and after its holder is erased), so it is never
-- handed out again.
CREATE TABLE credit_codes (
    id                INTEGER PRIMARY KEY,
    code              TEXT    NOT NULL UNIQUE,
    value             INTEGER NOT NULL CHECK (value > 0),
    expires_on        TEXT    NOT NULL,
    imported_at       TEXT    NOT NULL,
    issued            BOOLEAN NOT NULL DEFAULT FALSE,
    hero_id           INTEGER REFERENCES heroes (id) ON DELETE SET NULL,
    request_id        INTEGER REFERENCES credit_requests (id) ON DELETE SET NULL,
    specialization_id INTEGER REFERENCES specializations (id),
    issued_on         TEXT,
    CHECK (issued OR hero_id IS NULL)
);
-- Serves approval: the largest code that fits, soonest expiry first, among those not issued.
CREATE INDEX credit_codes_available ON credit_codes (value DESC, expires_on, id) WHERE NOT issued;
CREATE INDEX credit_codes_hero ON credit_codes (hero_id);
CREATE TRIGGER credit_codes_issued_once BEFORE UPDATE ON credit_codes
WHEN (OLD.issued AND NOT NEW.issued) OR NEW.code IS NOT OLD.code OR NEW.value IS NOT OLD.value
  OR (OLD.issued AND NEW.hero_id IS NOT NULL AND NEW.hero_id IS NOT OLD.hero_id)
BEGIN SELECT RAISE(ABORT, 'a credit code is issued once'); END;

-- The ledger. The sign of `amount` is fixed by `kind` (heroes_domain::credits::EntryKind).
CREATE TABLE credit_ledger (
    id         INTEGER PRIMARY KEY,
    hero_id    INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    amount     INTEGER NOT NULL,
    -- The allotment year an allotment or a year's expiry is for.
    year       INTEGER,
    request_id INTEGER REFERENCES credit_requests (id) ON DELETE CASCADE,
    code_id    INTEGER REFERENCES credit_codes (id),
    op_key     TEXT    NOT NULL UNIQUE,
    at         TEXT    NOT NULL,
    actor_id   INTEGER,
    CHECK ((kind IN ('allotment', 'release') AND amount > 0)
        OR (kind IN ('hold', 'issue', 'revocation') AND amount < 0)
        OR (kind = 'expiry' AND amount <= 0))
);
CREATE INDEX credit_ledger_hero ON credit_ledger (hero_id, id);
CREATE UNIQUE INDEX credit_ledger_code_issued_once ON credit_ledger (code_id) WHERE kind = 'issue';

-- What each hero has available: the sum of their entries, kept by the trigger below in the
-- transaction of each entry. Never written otherwise.
CREATE TABLE credit_balances (
    hero_id   INTEGER PRIMARY KEY REFERENCES heroes (id) ON DELETE CASCADE,
    available INTEGER NOT NULL CHECK (available >= 0)
);
-- Two statements, not an upsert: the CHECK is tested on the row an upsert proposes before
-- the conflict is seen, so a first negative entry must fail on the update.
CREATE TRIGGER credit_ledger_balance AFTER INSERT ON credit_ledger BEGIN
    INSERT INTO credit_balances (hero_id, available) VALUES (NEW.hero_id, 0)
        ON CONFLICT (hero_id) DO NOTHING;
    UPDATE credit_balances SET available = available + NEW.amount WHERE hero_id = NEW.hero_id;
END;
-- Append-only, like the audit log; the entries of an erased hero go with the hero (the
-- cascade runs after the hero row is gone).
CREATE TRIGGER credit_ledger_no_update BEFORE UPDATE ON credit_ledger
BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
CREATE TRIGGER credit_ledger_no_delete BEFORE DELETE ON credit_ledger
WHEN EXISTS (SELECT 1 FROM heroes WHERE id = OLD.hero_id)
BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;

-- Every time a holder revealed a code.
CREATE TABLE credit_code_reveals (
    id      INTEGER PRIMARY KEY,
    code_id INTEGER NOT NULL REFERENCES credit_codes (id),
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    at      TEXT    NOT NULL,
    address TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX credit_code_reveals_code ON credit_code_reveals (code_id);
