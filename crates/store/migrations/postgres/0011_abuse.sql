-- Abuse that costs other people. Kept column for column in step with
-- migrations/sqlite/0011_abuse.sql (which explains each table).

CREATE TABLE mail_throttle (
    scope        TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    mails        BIGINT      NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, key)
);

CREATE TABLE login_failures (
    user_id      BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    address      TEXT        NOT NULL,
    failures     BIGINT      NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, address)
);

CREATE TABLE login_familiar (
    user_id           BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    address           TEXT        NOT NULL,
    last_signed_in_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, address)
);

ALTER TABLE users ADD COLUMN last_failed_login_at TIMESTAMPTZ;
ALTER TABLE users ADD COLUMN attack_warned_at TIMESTAMPTZ;
