-- Webhooks (issue 19): endpoints admins register, the events they subscribe to, one
-- delivery per event and endpoint, and every attempt at it.
-- Kept column for column in step with migrations/postgres/0029_webhooks.sql.

-- An endpoint. secret signs every delivery (HMAC-SHA256); it is shown to the admin once, at
-- creation or rotation, and kept readable because signing needs it. A paused endpoint
-- (active = FALSE) gets no new deliveries; the waiting ones wait until it is resumed.
CREATE TABLE webhook_endpoints (
    id          INTEGER PRIMARY KEY,
    url         TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    secret      TEXT    NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- Which events an endpoint receives (an event kind's name, `hero.announced`…).
CREATE TABLE webhook_subscriptions (
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    PRIMARY KEY (endpoint_id, kind)
);
-- Recording an event looks up the active endpoints subscribed to its kind.
CREATE INDEX webhook_subscriptions_kind ON webhook_subscriptions (kind);

-- Something that happened, written in the transaction of the change that caused it (and only
-- when some active endpoint wants it). subject_id is the hero or contribution. payload is
-- the JSON body, fixed by the first delivery that builds it, so every endpoint and every
-- replay sends the same bytes.
CREATE TABLE webhook_events (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL,
    subject_id INTEGER,
    created_at TEXT    NOT NULL,
    payload    TEXT
);

-- One event for one endpoint. state: pending (a `deliver-webhook` job is due for it, or the
-- endpoint is paused), delivered (a 2xx answer), failed (out of attempts), skipped (the
-- subject was no longer public when the payload was built). failures counts failed attempts
-- since it was (re)queued, for the retry schedule.
CREATE TABLE webhook_deliveries (
    id          INTEGER PRIMARY KEY,
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id    INTEGER NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    state       TEXT    NOT NULL DEFAULT 'pending',
    failures    INTEGER NOT NULL DEFAULT 0,
    next_at     TEXT,
    created_at  TEXT    NOT NULL,
    finished_at TEXT
);
-- The endpoint page lists its newest deliveries; trimming finds the old ones.
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id);

-- One try: the status answered (NULL when there was no answer), how long it took, the first
-- 2 KB of the answer, and the error when it failed before an answer.
CREATE TABLE webhook_attempts (
    id            INTEGER PRIMARY KEY,
    delivery_id   INTEGER NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    at            TEXT    NOT NULL,
    status        INTEGER,
    duration_ms   INTEGER NOT NULL,
    response_body TEXT    NOT NULL DEFAULT '',
    error         TEXT
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);
CREATE INDEX webhook_attempts_at ON webhook_attempts (at);
