-- The program team's dashboards: rollups kept by triggers in the writing transaction, so a
-- chart reads a few thousand summary rows instead of scanning every contribution, and the
-- candidacy stage times the selection funnel measures. Kept column for column in step with
-- migrations/postgres/0026_dashboards.sql.
--
-- Private contributions are left out of every rollup: they never leave their owner's view,
-- not even as a count. Every write path (the form, imports, capture, the demo, edits,
-- deletions, erasure) goes through the contributions table, so triggers keep the rollups
-- right whichever code wrote the row.

-- Public contributions per month ('YYYY-MM'), kind, specialization (0: none) and the hero's
-- country, with their reach. Serves contributions by kind and specialization, and reach.
CREATE TABLE contribution_months (
    month             TEXT    NOT NULL,
    kind              TEXT    NOT NULL,
    specialization_id INTEGER NOT NULL,
    country           TEXT    NOT NULL,
    contributions     INTEGER NOT NULL,
    views             INTEGER NOT NULL,
    attendees         INTEGER NOT NULL,
    stars             INTEGER NOT NULL,
    answers           INTEGER NOT NULL,
    PRIMARY KEY (month, kind, specialization_id, country)
);

-- Public contributions per hero and month. Serves the most active heroes of a period.
CREATE TABLE hero_months (
    hero_id       INTEGER NOT NULL REFERENCES heroes (id) ON DELETE CASCADE,
    month         TEXT    NOT NULL,
    contributions INTEGER NOT NULL,
    PRIMARY KEY (hero_id, month)
);
CREATE INDEX hero_months_month ON hero_months (month, hero_id);

-- The activity bands count each hero's public contributions of the last 180 days: this index
-- answers that from the index alone, without reading a contribution row.
CREATE INDEX contributions_public_date_hero ON contributions (published_on, hero_id)
    WHERE private = FALSE;

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
    VALUES (NEW.hero_id, substr(NEW.published_on, 1, 7), 1)
    ON CONFLICT (hero_id, month) DO UPDATE SET contributions = contributions + 1;
END;

-- A deleted contribution whose hero is gone (erasure cascades) was already taken out by the
-- hero's own trigger below, so the country lookup finding nothing is right.
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
    WHERE hero_id = OLD.hero_id AND month = substr(OLD.published_on, 1, 7);
    DELETE FROM hero_months
    WHERE hero_id = OLD.hero_id AND month = substr(OLD.published_on, 1, 7) AND contributions = 0;
END;

-- An edit is taken out as the old row and put back as the new one.
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
    WHERE NOT OLD.private AND hero_id = OLD.hero_id AND month = substr(OLD.published_on, 1, 7);
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
    SELECT NEW.hero_id, substr(NEW.published_on, 1, 7), 1 WHERE NOT NEW.private
    ON CONFLICT (hero_id, month) DO UPDATE SET contributions = contributions + 1;
END;

-- (Triggers may not alias the table they update, hence the spelled-out names.)
-- A hero who moves country takes their contributions along; a hero erased takes them out
-- (before the cascade, while the country is still known).
CREATE TRIGGER contribution_months_hero_moves AFTER UPDATE OF country ON heroes
WHEN OLD.country <> NEW.country
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

CREATE TRIGGER contribution_months_hero_erased BEFORE DELETE ON heroes
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

-- Fill the rollups from the contributions already logged.
INSERT INTO contribution_months
    (month, kind, specialization_id, country, contributions, views, attendees, stars, answers)
SELECT substr(c.published_on, 1, 7), c.kind, coalesce(c.specialization_id, 0), h.country,
       count(*), sum(coalesce(c.views, 0)), sum(coalesce(c.attendees, 0)),
       sum(coalesce(c.stars, 0)), sum(coalesce(c.answers, 0))
FROM contributions c JOIN heroes h ON h.id = c.hero_id
WHERE NOT c.private
GROUP BY 1, 2, 3, 4;
INSERT INTO hero_months (hero_id, month, contributions)
SELECT hero_id, substr(published_on, 1, 7), count(*)
FROM contributions WHERE NOT private
GROUP BY 1, 2;

-- When a nominee answered and when a candidacy was announced: the funnel's stage times. Set
-- by triggers from `updated_at`, which the store binds from Rust with every step, so the
-- stage times use the same clock as every other timestamp. Unknown (NULL) for candidacies
-- that moved before this migration.
ALTER TABLE candidacies ADD COLUMN answered_at TEXT;
ALTER TABLE candidacies ADD COLUMN announced_at TEXT;

CREATE TRIGGER candidacies_answered AFTER UPDATE OF state ON candidacies
WHEN OLD.state = 'nominated' AND NEW.state <> 'nominated' AND NEW.answered_at IS NULL
BEGIN
    UPDATE candidacies SET answered_at = NEW.updated_at WHERE id = NEW.id;
END;
CREATE TRIGGER candidacies_announced AFTER UPDATE OF state ON candidacies
WHEN NEW.state = 'announced' AND OLD.state <> 'announced' AND NEW.announced_at IS NULL
BEGIN
    UPDATE candidacies SET announced_at = NEW.updated_at WHERE id = NEW.id;
END;
