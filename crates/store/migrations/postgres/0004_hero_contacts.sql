-- A hero's contact details (an email for invitations, a phone number), each with its own
-- audience: public, members, heroes or staff. Shown on the profile only to that audience.
CREATE TABLE hero_contacts (
    hero_id    BIGINT NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    visibility TEXT    NOT NULL,
    PRIMARY KEY (hero_id, kind)
);
