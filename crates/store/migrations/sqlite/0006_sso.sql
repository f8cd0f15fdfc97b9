-- Single sign-on for staff (OpenID Connect). A login in progress is kept between the
-- redirect to the provider and the way back (keyed by the hash of its state), so any
-- instance can finish it; an identity ties the provider's subject to an account.
CREATE TABLE sso_logins (
    state_hash TEXT PRIMARY KEY,
    nonce      TEXT NOT NULL,
    verifier   TEXT NOT NULL,
    next       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE sso_identities (
    issuer  TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (issuer, subject)
);
