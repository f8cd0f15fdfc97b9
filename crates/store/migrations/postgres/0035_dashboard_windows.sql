-- The dashboard under 200 ms at 10,000 heroes and 1,000,000 contributions (issue 17). Kept
-- table for table in step with migrations/sqlite/0035_dashboard_windows.sql, which explains
-- each table.

CREATE TABLE contribution_kind_months (
    month             TEXT   NOT NULL,
    kind              TEXT   NOT NULL,
    specialization_id BIGINT NOT NULL,
    contributions     BIGINT NOT NULL,
    views             BIGINT NOT NULL,
    attendees         BIGINT NOT NULL,
    stars             BIGINT NOT NULL,
    answers           BIGINT NOT NULL,
    PRIMARY KEY (month, kind, specialization_id)
);

-- Runs inside contribution_months_apply and contribution_months_hero, under their advisory
-- lock: the old figures out, the new ones in.
CREATE FUNCTION contribution_kind_months_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE contribution_kind_months SET
            contributions = contributions - OLD.contributions,
            views = views - OLD.views,
            attendees = attendees - OLD.attendees,
            stars = stars - OLD.stars,
            answers = answers - OLD.answers
        WHERE month = OLD.month AND kind = OLD.kind
          AND specialization_id = OLD.specialization_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO contribution_kind_months AS t
            (month, kind, specialization_id, contributions, views, attendees, stars, answers)
        VALUES (NEW.month, NEW.kind, NEW.specialization_id, NEW.contributions, NEW.views,
                NEW.attendees, NEW.stars, NEW.answers)
        ON CONFLICT (month, kind, specialization_id) DO UPDATE SET
            contributions = t.contributions + EXCLUDED.contributions,
            views = t.views + EXCLUDED.views,
            attendees = t.attendees + EXCLUDED.attendees,
            stars = t.stars + EXCLUDED.stars,
            answers = t.answers + EXCLUDED.answers;
        DELETE FROM contribution_kind_months
        WHERE month = NEW.month AND kind = NEW.kind
          AND specialization_id = NEW.specialization_id AND contributions = 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM contribution_kind_months
        WHERE month = OLD.month AND kind = OLD.kind
          AND specialization_id = OLD.specialization_id AND contributions = 0;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER contribution_kind_months_row AFTER INSERT OR UPDATE OR DELETE
ON contribution_months FOR EACH ROW EXECUTE FUNCTION contribution_kind_months_row();

INSERT INTO contribution_kind_months
    (month, kind, specialization_id, contributions, views, attendees, stars, answers)
SELECT month, kind, specialization_id, sum(contributions), sum(views), sum(attendees),
       sum(stars), sum(answers)
FROM contribution_months
GROUP BY month, kind, specialization_id;

CREATE TABLE readiness_reach (
    kind      TEXT   NOT NULL,
    metric    TEXT   NOT NULL,
    threshold BIGINT NOT NULL,
    PRIMARY KEY (kind, metric)
);
INSERT INTO readiness_reach (kind, metric, threshold) VALUES
    ('blog-post', 'views', 1000),
    ('article', 'views', 1000),
    ('video', 'views', 1000),
    ('podcast', 'views', 1000),
    ('book', 'views', 1000),
    ('talk', 'attendees', 50),
    ('workshop', 'attendees', 50),
    ('user-group', 'attendees', 50),
    ('mentoring', 'attendees', 50),
    ('open-source', 'stars', 100),
    ('code-sample', 'stars', 100),
    ('online-answers', 'answers', 25),
    ('online-answers', 'views', 1000),
    ('other', 'views', 1000),
    ('other', 'attendees', 50);

CREATE TABLE dashboard_window (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    today          DATE NOT NULL,
    readiness_from DATE NOT NULL,
    before_from    DATE NOT NULL,
    recent_from    DATE NOT NULL
);

-- Counters are INTEGER (sum() of INTEGER is a BIGINT without going through NUMERIC).
CREATE TABLE readiness_window (
    hero_id BIGINT  NOT NULL REFERENCES hero_records (id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL,
    items   INTEGER NOT NULL,
    bonus   INTEGER NOT NULL,
    PRIMARY KEY (hero_id, kind)
);

CREATE TABLE activity_window (
    hero_id      BIGINT  PRIMARY KEY REFERENCES hero_records (id) ON DELETE CASCADE,
    recent_items INTEGER NOT NULL,
    before_items INTEGER NOT NULL,
    latest       DATE
);

CREATE INDEX contributions_date ON contributions (published_on);

-- 1 when the contribution's reach earns the readiness bonus.
CREATE FUNCTION readiness_bonus(c contributions) RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN EXISTS (
        SELECT 1 FROM readiness_reach r WHERE r.kind = c.kind
          AND r.threshold <= CASE r.metric WHEN 'views' THEN c.views
              WHEN 'attendees' THEN c.attendees WHEN 'stars' THEN c.stars
              WHEN 'answers' THEN c.answers END) THEN 1 ELSE 0 END
$$;

-- Adds (sign 1) or takes out (sign -1) one contribution from the windows its date lies in.
-- It takes the rollups' advisory lock, as moving the windows does
-- (heroes_store::dashboards::move_windows): a write then either commits before the move
-- reads the days that entered or left, or sees the moved window row.
CREATE FUNCTION dashboard_window_apply(c contributions, sign INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    w dashboard_window%ROWTYPE;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('contribution_months', 0));
    SELECT * INTO w FROM dashboard_window WHERE id = 1;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF c.canonical IS NOT NULL AND c.published_on >= w.readiness_from
       AND c.published_on <= w.today THEN
        IF sign > 0 THEN
            INSERT INTO readiness_window AS t (hero_id, kind, items, bonus)
            VALUES (c.hero_id, c.kind, 1, readiness_bonus(c))
            ON CONFLICT (hero_id, kind) DO UPDATE SET
                items = t.items + 1, bonus = t.bonus + EXCLUDED.bonus;
        ELSE
            -- Only an update: erasing a hero may have deleted the row by the cascade.
            UPDATE readiness_window SET items = items - 1, bonus = bonus - readiness_bonus(c)
            WHERE hero_id = c.hero_id AND kind = c.kind;
            DELETE FROM readiness_window
            WHERE hero_id = c.hero_id AND kind = c.kind AND items = 0;
        END IF;
    END IF;
    IF NOT c.private AND c.published_on >= w.before_from AND c.published_on <= w.today THEN
        IF sign > 0 THEN
            INSERT INTO activity_window AS t (hero_id, recent_items, before_items, latest)
            VALUES (c.hero_id,
                    CASE WHEN c.published_on >= w.recent_from THEN 1 ELSE 0 END,
                    CASE WHEN c.published_on < w.recent_from THEN 1 ELSE 0 END,
                    c.published_on)
            ON CONFLICT (hero_id) DO UPDATE SET
                recent_items = t.recent_items + EXCLUDED.recent_items,
                before_items = t.before_items + EXCLUDED.before_items,
                latest = greatest(t.latest, EXCLUDED.latest);
        ELSE
            UPDATE activity_window SET
                recent_items = recent_items
                    - CASE WHEN c.published_on >= w.recent_from THEN 1 ELSE 0 END,
                before_items = before_items
                    - CASE WHEN c.published_on < w.recent_from THEN 1 ELSE 0 END,
                latest = (SELECT max(x.published_on) FROM contributions x
                          WHERE x.hero_id = c.hero_id AND NOT x.private
                            AND x.published_on >= w.before_from AND x.published_on <= w.today)
            WHERE hero_id = c.hero_id;
            DELETE FROM activity_window
            WHERE hero_id = c.hero_id AND recent_items = 0 AND before_items = 0;
        END IF;
    END IF;
END $$;

-- Fires on every update, and returns at once unless a column the windows read changed: a
-- column list (UPDATE OF …) would make the trigger depend on those columns, and schema
-- tests drop `canonical` to rebuild the schema before migration 0012.
CREATE FUNCTION dashboard_window_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Nested, so an insert never evaluates a column of OLD.
    IF TG_OP = 'UPDATE' THEN
        IF (OLD.hero_id, OLD.kind, OLD.published_on, OLD.views, OLD.attendees, OLD.stars,
            OLD.answers, OLD.private, OLD.canonical IS NULL)
           IS NOT DISTINCT FROM
           (NEW.hero_id, NEW.kind, NEW.published_on, NEW.views, NEW.attendees, NEW.stars,
            NEW.answers, NEW.private, NEW.canonical IS NULL) THEN
            RETURN NULL;
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM dashboard_window_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM dashboard_window_apply(NEW, 1);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER dashboard_window_row AFTER INSERT OR UPDATE OR DELETE ON contributions
    FOR EACH ROW EXECUTE FUNCTION dashboard_window_row();
