-- Specializations managed by admins (issue 17): colours, and the addresses a rename leaves.

-- The accent of a specialization's badges, a name from the fixed palette of
-- domain::specialization::Colour (the stylesheet has a light and a dark pair for each). The
-- seven seeds keep the accents the stylesheet used to give them by slug.
ALTER TABLE specializations ADD COLUMN colour TEXT NOT NULL DEFAULT 'navy';
UPDATE specializations SET colour = CASE slug
    WHEN 'community' THEN 'rose'
    WHEN 'serverless' THEN 'amber'
    WHEN 'data' THEN 'blue'
    WHEN 'machine-learning' THEN 'violet'
    WHEN 'container' THEN 'teal'
    WHEN 'devtools' THEN 'green'
    WHEN 'security' THEN 'red'
    ELSE 'navy' END;

-- Every slug a specialization has answered to, the current one included. After a rename the
-- old slug stays here, so /specializations/{old} (and its feed) redirect and
-- ?specialization=old still filters. The primary key keeps an address from ever passing to
-- another specialization: a create or a rename racing for one slug fails on it, on both
-- backends. specializations.slug stays the current slug, which every other query reads.
CREATE TABLE specialization_slugs (
    slug              TEXT   NOT NULL PRIMARY KEY,
    specialization_id BIGINT NOT NULL REFERENCES specializations (id)
);
CREATE INDEX specialization_slugs_by_specialization ON specialization_slugs (specialization_id);
INSERT INTO specialization_slugs (slug, specialization_id) SELECT slug, id FROM specializations;
