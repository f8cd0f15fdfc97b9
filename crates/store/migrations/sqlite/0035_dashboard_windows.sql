-- The dashboard under 200 ms at 10,000 heroes and 1,000,000 contributions (issue 17). Kept
-- table for table in step with migrations/postgres/0035_dashboard_windows.sql.
--
-- Three figures still scanned contributions on every view: renewal readiness read every
-- contribution of the last twelve months (a third of the table), the activity bands every
-- public one of the last 180 days, and the contributions charts summed the 186,013-row
-- `contribution_months` (its country column multiplies the rows by about 60).
--
-- 1. `contribution_kind_months`: `contribution_months` without the country, kept by
--    triggers on `contribution_months` itself. Every rule of which contribution counts
--    (public, of a public hero, moved with the hero, published at the announcement) is
--    already applied there, so this table is its sum over countries by construction.
--
-- 2. The windows: readiness and the activity bands count over windows that end today, so a
--    per-month rollup would still leave up to two partial months to scan. Instead each hero's
--    counts are kept for the windows as of one day (`dashboard_window`, one row, NULL
--    until the first dashboard view builds them). Triggers keep them through every write
--    whose date lies in the windows; when the day changes, the store moves the windows
--    (`heroes_store::dashboards::move_windows`), adding and taking out only the
--    contributions of the days that entered or left each window (a few thousand rows a
--    day). A view then reads one row per hero and kind.

CREATE TABLE contribution_kind_months (
    month             TEXT    NOT NULL,
    kind              TEXT    NOT NULL,
    specialization_id INTEGER NOT NULL,
    contributions     INTEGER NOT NULL,
    views             INTEGER NOT NULL,
    attendees         INTEGER NOT NULL,
    stars             INTEGER NOT NULL,
    answers           INTEGER NOT NULL,
    PRIMARY KEY (month, kind, specialization_id)
);

-- A change to a row of contribution_months is the same change to its kind's row here: the
-- old figures out, the new ones in. Rows that reach zero contributions go, as there.
CREATE TRIGGER contribution_kind_months_insert AFTER INSERT ON contribution_months
BEGIN
    INSERT INTO contribution_kind_months
        (month, kind, specialization_id, contributions, views, attendees, stars, answers)
    VALUES (NEW.month, NEW.kind, NEW.specialization_id, NEW.contributions, NEW.views,
            NEW.attendees, NEW.stars, NEW.answers)
    ON CONFLICT (month, kind, specialization_id) DO UPDATE SET
        contributions = contributions + excluded.contributions,
        views = views + excluded.views,
        attendees = attendees + excluded.attendees,
        stars = stars + excluded.stars,
        answers = answers + excluded.answers;
    DELETE FROM contribution_kind_months
    WHERE month = NEW.month AND kind = NEW.kind AND specialization_id = NEW.specialization_id
      AND contributions = 0;
END;

CREATE TRIGGER contribution_kind_months_update AFTER UPDATE ON contribution_months
BEGIN
    UPDATE contribution_kind_months SET
        contributions = contributions - OLD.contributions,
        views = views - OLD.views,
        attendees = attendees - OLD.attendees,
        stars = stars - OLD.stars,
        answers = answers - OLD.answers
    WHERE month = OLD.month AND kind = OLD.kind AND specialization_id = OLD.specialization_id;
    INSERT INTO contribution_kind_months
        (month, kind, specialization_id, contributions, views, attendees, stars, answers)
    VALUES (NEW.month, NEW.kind, NEW.specialization_id, NEW.contributions, NEW.views,
            NEW.attendees, NEW.stars, NEW.answers)
    ON CONFLICT (month, kind, specialization_id) DO UPDATE SET
        contributions = contributions + excluded.contributions,
        views = views + excluded.views,
        attendees = attendees + excluded.attendees,
        stars = stars + excluded.stars,
        answers = answers + excluded.answers;
    DELETE FROM contribution_kind_months
    WHERE ((month = OLD.month AND kind = OLD.kind AND specialization_id = OLD.specialization_id)
        OR (month = NEW.month AND kind = NEW.kind AND specialization_id = NEW.specialization_id))
      AND contributions = 0;
END;

CREATE TRIGGER contribution_kind_months_delete AFTER DELETE ON contribution_months
BEGIN
    UPDATE contribution_kind_months SET
        contributions = contributions - OLD.contributions,
        views = views - OLD.views,
        attendees = attendees - OLD.attendees,
        stars = stars - OLD.stars,
        answers = answers - OLD.answers
    WHERE month = OLD.month AND kind = OLD.kind AND specialization_id = OLD.specialization_id;
    DELETE FROM contribution_kind_months
    WHERE month = OLD.month AND kind = OLD.kind AND specialization_id = OLD.specialization_id
      AND contributions = 0;
END;

INSERT INTO contribution_kind_months
    (month, kind, specialization_id, contributions, views, attendees, stars, answers)
SELECT month, kind, specialization_id, sum(contributions), sum(views), sum(attendees),
       sum(stars), sum(answers)
FROM contribution_months
GROUP BY month, kind, specialization_id;

-- The reach that earns a contribution the readiness bonus: one row per kind and each reach
-- figure the kind records, with the threshold of `heroes_domain::renewal::REACH_THRESHOLDS`.
-- Triggers need the figures in SQL; the test `the_reach_thresholds_kept_are_the_rubric's`
-- compares this table with the domain's rubric, so the two cannot drift apart unseen.
CREATE TABLE readiness_reach (
    kind      TEXT    NOT NULL,
    metric    TEXT    NOT NULL,
    threshold INTEGER NOT NULL,
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

-- The days the windows below are counted as of, all bound from Rust
-- (`heroes_domain::dashboards::WindowDays`): readiness counts `readiness_from..=today`, the
-- bands `recent_from..=today` and `before_from..recent_from`. No row: not built yet, and the
-- triggers below do nothing.
CREATE TABLE dashboard_window (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    today          TEXT NOT NULL,
    readiness_from TEXT NOT NULL,
    before_from    TEXT NOT NULL,
    recent_from    TEXT NOT NULL
);

-- Per hero and kind, the contributions readiness counts in its window (every one with a
-- canonical address, private ones too, as the meter counts them; the mentoring sessions
-- logged are read apart, a small table) and how many of them earned the reach bonus. Every
-- hero record has its rows; the dashboard reads the active heroes'.
CREATE TABLE readiness_window (
    hero_id INTEGER NOT NULL REFERENCES hero_records (id) ON DELETE CASCADE,
    kind    TEXT    NOT NULL,
    items   INTEGER NOT NULL,
    bonus   INTEGER NOT NULL,
    PRIMARY KEY (hero_id, kind)
);

-- Per hero, their public contributions in the last 90 days and the 90 before, and the latest
-- of them (the follow-up list sorts by it).
CREATE TABLE activity_window (
    hero_id      INTEGER PRIMARY KEY REFERENCES hero_records (id) ON DELETE CASCADE,
    recent_items INTEGER NOT NULL,
    before_items INTEGER NOT NULL,
    latest       TEXT
);

-- Moving the windows reads the contributions of the days that entered or left them.
CREATE INDEX contributions_date ON contributions (published_on);

-- A contribution enters the windows its date lies in.
CREATE TRIGGER dashboard_window_insert AFTER INSERT ON contributions
BEGIN
    INSERT INTO readiness_window (hero_id, kind, items, bonus)
    SELECT NEW.hero_id, NEW.kind, 1,
           EXISTS (SELECT 1 FROM readiness_reach r WHERE r.kind = NEW.kind
                   AND r.threshold <= CASE r.metric WHEN 'views' THEN NEW.views
                       WHEN 'attendees' THEN NEW.attendees WHEN 'stars' THEN NEW.stars
                       WHEN 'answers' THEN NEW.answers END)
    FROM dashboard_window w
    WHERE NEW.canonical IS NOT NULL
      AND NEW.published_on >= w.readiness_from AND NEW.published_on <= w.today
    ON CONFLICT (hero_id, kind) DO UPDATE SET
        items = items + excluded.items,
        bonus = bonus + excluded.bonus;
    INSERT INTO activity_window (hero_id, recent_items, before_items, latest)
    SELECT NEW.hero_id, NEW.published_on >= w.recent_from, NEW.published_on < w.recent_from,
           NEW.published_on
    FROM dashboard_window w
    WHERE NOT NEW.private AND NEW.published_on >= w.before_from AND NEW.published_on <= w.today
    ON CONFLICT (hero_id) DO UPDATE SET
        recent_items = recent_items + excluded.recent_items,
        before_items = before_items + excluded.before_items,
        latest = max(coalesce(latest, excluded.latest), excluded.latest);
END;

-- A contribution leaves its windows. Erasing a hero deletes their rows here by the cascade,
-- before or after their contributions': either way the updates below find what is left.
CREATE TRIGGER dashboard_window_delete AFTER DELETE ON contributions
BEGIN
    UPDATE readiness_window SET
        items = items - 1,
        bonus = bonus - EXISTS (SELECT 1 FROM readiness_reach r WHERE r.kind = OLD.kind
                   AND r.threshold <= CASE r.metric WHEN 'views' THEN OLD.views
                       WHEN 'attendees' THEN OLD.attendees WHEN 'stars' THEN OLD.stars
                       WHEN 'answers' THEN OLD.answers END)
    WHERE hero_id = OLD.hero_id AND kind = OLD.kind AND OLD.canonical IS NOT NULL
      AND EXISTS (SELECT 1 FROM dashboard_window w
                  WHERE OLD.published_on >= w.readiness_from AND OLD.published_on <= w.today);
    DELETE FROM readiness_window WHERE hero_id = OLD.hero_id AND kind = OLD.kind AND items = 0;
    UPDATE activity_window SET
        recent_items = recent_items
            - (OLD.published_on >= (SELECT recent_from FROM dashboard_window)),
        before_items = before_items
            - (OLD.published_on < (SELECT recent_from FROM dashboard_window)),
        latest = (SELECT max(c.published_on) FROM contributions c, dashboard_window w
                  WHERE c.hero_id = OLD.hero_id AND NOT c.private
                    AND c.published_on >= w.before_from AND c.published_on <= w.today)
    WHERE hero_id = OLD.hero_id AND NOT OLD.private
      AND EXISTS (SELECT 1 FROM dashboard_window w
                  WHERE OLD.published_on >= w.before_from AND OLD.published_on <= w.today);
    DELETE FROM activity_window
    WHERE hero_id = OLD.hero_id AND recent_items = 0 AND before_items = 0;
END;

-- An edit is the old row leaving and the new one entering (a change of privacy, date, kind,
-- reach or canonical address may change what it counts for).
CREATE TRIGGER dashboard_window_update
AFTER UPDATE OF hero_id, kind, published_on, views, attendees, stars, answers, private, canonical
ON contributions
BEGIN
    UPDATE readiness_window SET
        items = items - 1,
        bonus = bonus - EXISTS (SELECT 1 FROM readiness_reach r WHERE r.kind = OLD.kind
                   AND r.threshold <= CASE r.metric WHEN 'views' THEN OLD.views
                       WHEN 'attendees' THEN OLD.attendees WHEN 'stars' THEN OLD.stars
                       WHEN 'answers' THEN OLD.answers END)
    WHERE hero_id = OLD.hero_id AND kind = OLD.kind AND OLD.canonical IS NOT NULL
      AND EXISTS (SELECT 1 FROM dashboard_window w
                  WHERE OLD.published_on >= w.readiness_from AND OLD.published_on <= w.today);
    DELETE FROM readiness_window WHERE hero_id = OLD.hero_id AND kind = OLD.kind AND items = 0;
    UPDATE activity_window SET
        recent_items = recent_items
            - (OLD.published_on >= (SELECT recent_from FROM dashboard_window)),
        before_items = before_items
            - (OLD.published_on < (SELECT recent_from FROM dashboard_window))
    WHERE hero_id = OLD.hero_id AND NOT OLD.private
      AND EXISTS (SELECT 1 FROM dashboard_window w
                  WHERE OLD.published_on >= w.before_from AND OLD.published_on <= w.today);
    INSERT INTO readiness_window (hero_id, kind, items, bonus)
    SELECT NEW.hero_id, NEW.kind, 1,
           EXISTS (SELECT 1 FROM readiness_reach r WHERE r.kind = NEW.kind
                   AND r.threshold <= CASE r.metric WHEN 'views' THEN NEW.views
                       WHEN 'attendees' THEN NEW.attendees WHEN 'stars' THEN NEW.stars
                       WHEN 'answers' THEN NEW.answers END)
    FROM dashboard_window w
    WHERE NEW.canonical IS NOT NULL
      AND NEW.published_on >= w.readiness_from AND NEW.published_on <= w.today
    ON CONFLICT (hero_id, kind) DO UPDATE SET
        items = items + excluded.items,
        bonus = bonus + excluded.bonus;
    INSERT INTO activity_window (hero_id, recent_items, before_items, latest)
    SELECT NEW.hero_id, NEW.published_on >= w.recent_from, NEW.published_on < w.recent_from,
           NULL
    FROM dashboard_window w
    WHERE NOT NEW.private AND NEW.published_on >= w.before_from AND NEW.published_on <= w.today
    ON CONFLICT (hero_id) DO UPDATE SET
        recent_items = recent_items + excluded.recent_items,
        before_items = before_items + excluded.before_items;
    -- The latest day of both heroes (one, unless the edit moved it to another hero) is read
    -- again: the old row may have been it.
    UPDATE activity_window SET
        latest = (SELECT max(c.published_on) FROM contributions c, dashboard_window w
                  WHERE c.hero_id = activity_window.hero_id AND NOT c.private
                    AND c.published_on >= w.before_from AND c.published_on <= w.today)
    WHERE hero_id IN (OLD.hero_id, NEW.hero_id);
    DELETE FROM activity_window
    WHERE hero_id IN (OLD.hero_id, NEW.hero_id) AND recent_items = 0 AND before_items = 0;
END;
