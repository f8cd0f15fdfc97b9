-- The accepted candidate's hero record (issue 12): created at onboarding with the status
-- 'candidate', so they complete their profile, contributions and sources before announcement
-- day, and made public by the announcement (status 'active'). Kept in step with
-- migrations/postgres/0031_candidate_heroes.sql.
--
-- Nothing public may show a candidate, and some seventy statements read heroes for a public
-- view. Instead of a filter in each (and in every one written later), the table becomes
-- `hero_records` and `heroes` is a view of the public records: every existing and future
-- read of `heroes` leaves candidates out by construction. Writes, and the reads a candidate's
-- own pages, the announcement and admins need, name `hero_records`.
--
-- A later migration that adds a column to hero_records recreates the view (PostgreSQL
-- expands `*` when the view is created).

-- Renaming rewrites the references: foreign keys and indexes follow to hero_records, and so
-- do the bodies of the triggers below, which are recreated reading the view instead.
ALTER TABLE heroes RENAME TO hero_records;

CREATE VIEW heroes AS SELECT * FROM hero_records WHERE status <> 'candidate';

-- The rollups count public contributions only: a candidate's are left out, like private
-- ones, until the announcement adds them (hero_published below). The contribution triggers
-- read the hero through the view, so a candidate's contribution finds no hero and adds
-- nothing; a delete or an edit finds none either and takes nothing out.
DROP TRIGGER contribution_months_insert;
DROP TRIGGER contribution_months_delete;
DROP TRIGGER contribution_months_update;
DROP TRIGGER contribution_months_hero_moves;
DROP TRIGGER contribution_months_hero_erased;

CREATE TRIGGER contribution_months_insert AFTER INSERT ON contributions
WHEN NOT NEW.private
BEGIN
    INSERT INTO contribution_months
        (month, kind, specialization_id, country, contributions, views, attendees, stars, answers)
    SELECT substr(NEW.published_on, 1, 7), NEW.kind, coalesce(NEW.specialization_id, 0),
           h.country, 1, coalesce(NEW.views, 0), coalesce(NEW.attendees, 0),
           coalesce(NEW.stars, 0), coalesce(NEW.answers, 0)
    FROM heroes h WHERE h.id = NEW.hero_id
    ON CONFLICT (month, kind, specialization_id, country) DO UPDATE SET
        contributions = contributions + 1,
        views = views + excluded.views,
        attendees = attendees + excluded.attendees,
        stars = stars + excluded.stars,
        answers = answers + excluded.answers;
    INSERT INTO hero_months (hero_id, month, contributions)
    SELECT NEW.hero_id, substr(NEW.published_on, 1, 7), 1
    FROM heroes h WHERE h.id = NEW.hero_id
    ON CONFLICT (hero_id, month) DO UPDATE SET contributions = contributions + 1;
END;

CREATE TRIGGER contribution_months_delete AFTER DELETE ON contributions
WHEN NOT OLD.private
BEGIN
    UPDATE contribution_months SET
        contributions = contributions - 1,
        views = views - coalesce(OLD.views, 0),
        attendees = attendees - coalesce(OLD.attendees, 0),
        stars = stars - coalesce(OLD.stars, 0),
        answers = answers - coalesce(OLD.answers, 0)
    WHERE month = substr(OLD.published_on, 1, 7) AND kind = OLD.kind
      AND specialization_id = coalesce(OLD.specialization_id, 0)
      AND country = (SELECT country FROM heroes WHERE id = OLD.hero_id);
    DELETE FROM contribution_months
    WHERE month = substr(OLD.published_on, 1, 7) AND kind = OLD.kind
      AND specialization_id = coalesce(OLD.specialization_id, 0) AND contributions = 0;
    UPDATE hero_months SET contributions = contributions - 1
    WHERE hero_id = OLD.hero_id AND month = substr(OLD.published_on, 1, 7)
      AND EXISTS (SELECT 1 FROM heroes WHERE id = OLD.hero_id);
    DELETE FROM hero_months
    WHERE hero_id = OLD.hero_id AND month = substr(OLD.published_on, 1, 7) AND contributions = 0;
END;

CREATE TRIGGER contribution_months_update
AFTER UPDATE OF hero_id, kind, published_on, specialization_id, views, attendees, stars, answers,
    private ON contributions
BEGIN
    UPDATE contribution_months SET
        contributions = contributions - 1,
        views = views - coalesce(OLD.views, 0),
        attendees = attendees - coalesce(OLD.attendees, 0),
        stars = stars - coalesce(OLD.stars, 0),
        answers = answers - coalesce(OLD.answers, 0)
    WHERE NOT OLD.private
      AND month = substr(OLD.published_on, 1, 7) AND kind = OLD.kind
      AND specialization_id = coalesce(OLD.specialization_id, 0)
      AND country = (SELECT country FROM heroes WHERE id = OLD.hero_id);
    DELETE FROM contribution_months
    WHERE month = substr(OLD.published_on, 1, 7) AND kind = OLD.kind
      AND specialization_id = coalesce(OLD.specialization_id, 0) AND contributions = 0;
    UPDATE hero_months SET contributions = contributions - 1
    WHERE NOT OLD.private AND hero_id = OLD.hero_id AND month = substr(OLD.published_on, 1, 7)
      AND EXISTS (SELECT 1 FROM heroes WHERE id = OLD.hero_id);
    DELETE FROM hero_months
    WHERE hero_id = OLD.hero_id AND month = substr(OLD.published_on, 1, 7) AND contributions = 0;
    INSERT INTO contribution_months
        (month, kind, specialization_id, country, contributions, views, attendees, stars, answers)
    SELECT substr(NEW.published_on, 1, 7), NEW.kind, coalesce(NEW.specialization_id, 0),
           h.country, 1, coalesce(NEW.views, 0), coalesce(NEW.attendees, 0),
           coalesce(NEW.stars, 0), coalesce(NEW.answers, 0)
    FROM heroes h WHERE h.id = NEW.hero_id AND NOT NEW.private
    ON CONFLICT (month, kind, specialization_id, country) DO UPDATE SET
        contributions = contributions + 1,
        views = views + excluded.views,
        attendees = attendees + excluded.attendees,
        stars = stars + excluded.stars,
        answers = answers + excluded.answers;
    INSERT INTO hero_months (hero_id, month, contributions)
    SELECT NEW.hero_id, substr(NEW.published_on, 1, 7), 1
    FROM heroes h WHERE h.id = NEW.hero_id AND NOT NEW.private
    ON CONFLICT (hero_id, month) DO UPDATE SET contributions = contributions + 1;
END;

-- A public hero who moves country takes their contributions along; one erased takes them out
-- (before the cascade, while the country is still known). A candidate had nothing counted.
CREATE TRIGGER contribution_months_hero_moves AFTER UPDATE OF country ON hero_records
WHEN OLD.country <> NEW.country AND OLD.status <> 'candidate' AND NEW.status <> 'candidate'
BEGIN
    UPDATE contribution_months SET
        contributions = contribution_months.contributions - g.n,
        views = contribution_months.views - g.views,
        attendees = contribution_months.attendees - g.attendees,
        stars = contribution_months.stars - g.stars,
        answers = contribution_months.answers - g.answers
    FROM (SELECT substr(published_on, 1, 7) AS month, kind,
                 coalesce(specialization_id, 0) AS spec, count(*) AS n,
                 sum(coalesce(views, 0)) AS views, sum(coalesce(attendees, 0)) AS attendees,
                 sum(coalesce(stars, 0)) AS stars, sum(coalesce(answers, 0)) AS answers
          FROM contributions WHERE hero_id = NEW.id AND NOT private
          GROUP BY 1, 2, 3) AS g
    WHERE contribution_months.month = g.month AND contribution_months.kind = g.kind
      AND contribution_months.specialization_id = g.spec
      AND contribution_months.country = OLD.country;
    DELETE FROM contribution_months WHERE country = OLD.country AND contributions = 0;
    INSERT INTO contribution_months
        (month, kind, specialization_id, country, contributions, views, attendees, stars, answers)
    SELECT substr(published_on, 1, 7), kind, coalesce(specialization_id, 0), NEW.country,
           count(*), sum(coalesce(views, 0)), sum(coalesce(attendees, 0)),
           sum(coalesce(stars, 0)), sum(coalesce(answers, 0))
    FROM contributions WHERE hero_id = NEW.id AND NOT private
    GROUP BY 1, 2, 3
    ON CONFLICT (month, kind, specialization_id, country) DO UPDATE SET
        contributions = contributions + excluded.contributions,
        views = views + excluded.views,
        attendees = attendees + excluded.attendees,
        stars = stars + excluded.stars,
        answers = answers + excluded.answers;
END;

CREATE TRIGGER contribution_months_hero_erased BEFORE DELETE ON hero_records
WHEN OLD.status <> 'candidate'
BEGIN
    UPDATE contribution_months SET
        contributions = contribution_months.contributions - g.n,
        views = contribution_months.views - g.views,
        attendees = contribution_months.attendees - g.attendees,
        stars = contribution_months.stars - g.stars,
        answers = contribution_months.answers - g.answers
    FROM (SELECT substr(published_on, 1, 7) AS month, kind,
                 coalesce(specialization_id, 0) AS spec, count(*) AS n,
                 sum(coalesce(views, 0)) AS views, sum(coalesce(attendees, 0)) AS attendees,
                 sum(coalesce(stars, 0)) AS stars, sum(coalesce(answers, 0)) AS answers
          FROM contributions WHERE hero_id = OLD.id AND NOT private
          GROUP BY 1, 2, 3) AS g
    WHERE contribution_months.month = g.month AND contribution_months.kind = g.kind
      AND contribution_months.specialization_id = g.spec
      AND contribution_months.country = OLD.country;
    DELETE FROM contribution_months WHERE country = OLD.country AND contributions = 0;
END;

-- The announcement publishes what the candidate prepared: their public contributions join
-- both rollups in the transaction that makes them public.
CREATE TRIGGER contribution_months_hero_published AFTER UPDATE OF status ON hero_records
WHEN OLD.status = 'candidate' AND NEW.status <> 'candidate'
BEGIN
    INSERT INTO contribution_months
        (month, kind, specialization_id, country, contributions, views, attendees, stars, answers)
    SELECT substr(published_on, 1, 7), kind, coalesce(specialization_id, 0), NEW.country,
           count(*), sum(coalesce(views, 0)), sum(coalesce(attendees, 0)),
           sum(coalesce(stars, 0)), sum(coalesce(answers, 0))
    FROM contributions WHERE hero_id = NEW.id AND NOT private
    GROUP BY 1, 2, 3
    ON CONFLICT (month, kind, specialization_id, country) DO UPDATE SET
        contributions = contributions + excluded.contributions,
        views = views + excluded.views,
        attendees = attendees + excluded.attendees,
        stars = stars + excluded.stars,
        answers = answers + excluded.answers;
    INSERT INTO hero_months (hero_id, month, contributions)
    SELECT NEW.id, substr(published_on, 1, 7), count(*)
    FROM contributions WHERE hero_id = NEW.id AND NOT private
    GROUP BY 2
    ON CONFLICT (hero_id, month) DO UPDATE SET
        contributions = contributions + excluded.contributions;
END;
