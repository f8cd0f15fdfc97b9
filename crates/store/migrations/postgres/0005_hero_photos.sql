-- Uploaded hero photos, already re-encoded (JPEG, metadata stripped, at most 512 px). In the
-- database so that every instance serves the same photo without shared disks.
CREATE TABLE hero_photos (
    hero_id    BIGINT PRIMARY KEY REFERENCES heroes (id) ON DELETE CASCADE,
    jpeg       BYTEA NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
