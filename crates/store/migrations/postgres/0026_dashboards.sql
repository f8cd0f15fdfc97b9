-- The program team's dashboards: rollups kept by triggers in the writing transaction, and the
-- candidacy stage times of the selection funnel. Kept column for column in step with
-- migrations/sqlite/0026_dashboards.sql, which explains each table.

CREATE TABLE contribution_months (
    month             TEXT   NOT NULL,
    kind              TEXT   NOT NULL,
    specialization_id BIGINT NOT NULL,
    country           TEXT   NOT NULL,
    contributions     BIGINT NOT NULL,
    views             BIGINT NOT NULL,
    attendees         BIGINT NOT NULL,
    stars             BIGINT NOT NULL,
    answers           BIGINT NOT NULL,
    PRIMARY KEY (month, kind, specialization_id, country)
);

CREATE TABLE hero_months (
    hero_id       BIGINT NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    month         TEXT   NOT NULL,
    contributions BIGINT NOT NULL,
    PRIMARY KEY (hero_id, month)
);
CREATE INDEX hero_months_month ON hero_months (month, hero_id);

CREATE INDEX contributions_public_date_hero ON contributions (published_on, hero_id)
    WHERE private = FALSE;

-- Adds (sign 1) or takes out (sign -1) one contribution. Every writer of contributions goes
-- through here, so they queue behind one transaction-scoped advisory lock (as every writer
-- does on SQLite): two imports touching the same rollup rows in opposite orders would
-- otherwise deadlock.
CREATE FUNCTION contribution_months_apply(c contributions, sign BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    hero_country TEXT;
    m TEXT := to_char(c.published_on, 'YYYY-MM');
BEGIN
    IF c.private THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('contribution_months', 0));
    SELECT country INTO hero_country FROM heroes WHERE id = c.hero_id;
    IF NOT FOUND THEN
        -- The hero is being erased; their trigger took the rows out already.
        RETURN;
    END IF;
    INSERT INTO contribution_months AS t
        (month, kind, specialization_id, country, contributions, views, attendees, stars, answers)
    VALUES (m, c.kind, coalesce(c.specialization_id, 0), hero_country, sign,
            sign * coalesce(c.views, 0), sign * coalesce(c.attendees, 0),
            sign * coalesce(c.stars, 0), sign * coalesce(c.answers, 0))
    ON CONFLICT (month, kind, specialization_id, country) DO UPDATE SET
        contributions = t.contributions + EXCLUDED.contributions,
        views = t.views + EXCLUDED.views,
        attendees = t.attendees + EXCLUDED.attendees,
        stars = t.stars + EXCLUDED.stars,
        answers = t.answers + EXCLUDED.answers;
    DELETE FROM contribution_months
    WHERE month = m AND kind = c.kind AND specialization_id = coalesce(c.specialization_id, 0)
      AND country = hero_country AND contributions = 0;
    INSERT INTO hero_months AS t (hero_id, month, contributions) VALUES (c.hero_id, m, sign)
    ON CONFLICT (hero_id, month) DO UPDATE SET contributions = t.contributions + EXCLUDED.contributions;
    DELETE FROM hero_months WHERE hero_id = c.hero_id AND month = m AND contributions = 0;
END $$;

CREATE FUNCTION contribution_months_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM contribution_months_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM contribution_months_apply(NEW, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER contribution_months_row
AFTER INSERT OR DELETE
    OR UPDATE OF hero_id, kind, published_on, specialization_id, views, attendees, stars,
       answers, private
ON contributions FOR EACH ROW EXECUTE FUNCTION contribution_months_row();

-- Moves all of one hero's contributions between countries (sign -1 from, sign 1 to).
CREATE FUNCTION contribution_months_hero(hero BIGINT, place TEXT, sign BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('contribution_months', 0));
    INSERT INTO contribution_months AS t
        (month, kind, specialization_id, country, contributions, views, attendees, stars, answers)
    SELECT to_char(published_on, 'YYYY-MM'), kind, coalesce(specialization_id, 0), place,
           sign * count(*), sign * sum(coalesce(views, 0)), sign * sum(coalesce(attendees, 0)),
           sign * sum(coalesce(stars, 0)), sign * sum(coalesce(answers, 0))
    FROM contributions WHERE hero_id = hero AND NOT private
    GROUP BY 1, 2, 3
    ON CONFLICT (month, kind, specialization_id, country) DO UPDATE SET
        contributions = t.contributions + EXCLUDED.contributions,
        views = t.views + EXCLUDED.views,
        attendees = t.attendees + EXCLUDED.attendees,
        stars = t.stars + EXCLUDED.stars,
        answers = t.answers + EXCLUDED.answers;
    DELETE FROM contribution_months WHERE country = place AND contributions = 0;
END $$;

CREATE FUNCTION contribution_months_hero_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM contribution_months_hero(OLD.id, OLD.country, -1);
        RETURN OLD;
    END IF;
    IF OLD.country <> NEW.country THEN
        PERFORM contribution_months_hero(NEW.id, OLD.country, -1);
        PERFORM contribution_months_hero(NEW.id, NEW.country, 1);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER contribution_months_hero_moves AFTER UPDATE OF country ON heroes
    FOR EACH ROW EXECUTE FUNCTION contribution_months_hero_row();
CREATE TRIGGER contribution_months_hero_erased BEFORE DELETE ON heroes
    FOR EACH ROW EXECUTE FUNCTION contribution_months_hero_row();

INSERT INTO contribution_months
    (month, kind, specialization_id, country, contributions, views, attendees, stars, answers)
SELECT to_char(c.published_on, 'YYYY-MM'), c.kind, coalesce(c.specialization_id, 0), h.country,
       count(*), sum(coalesce(c.views, 0)), sum(coalesce(c.attendees, 0)),
       sum(coalesce(c.stars, 0)), sum(coalesce(c.answers, 0))
FROM contributions c JOIN heroes h ON h.id = c.hero_id
WHERE NOT c.private
GROUP BY 1, 2, 3, 4;
INSERT INTO hero_months (hero_id, month, contributions)
SELECT hero_id, to_char(published_on, 'YYYY-MM'), count(*)
FROM contributions WHERE NOT private
GROUP BY 1, 2;

ALTER TABLE candidacies ADD COLUMN answered_at TIMESTAMPTZ;
ALTER TABLE candidacies ADD COLUMN announced_at TIMESTAMPTZ;

CREATE FUNCTION candidacies_stage_times() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state = 'nominated' AND NEW.state <> 'nominated' AND NEW.answered_at IS NULL THEN
        NEW.answered_at := NEW.updated_at;
    END IF;
    IF NEW.state = 'announced' AND OLD.state <> 'announced' AND NEW.announced_at IS NULL THEN
        NEW.announced_at := NEW.updated_at;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER candidacies_stage_times BEFORE UPDATE OF state ON candidacies
    FOR EACH ROW EXECUTE FUNCTION candidacies_stage_times();
