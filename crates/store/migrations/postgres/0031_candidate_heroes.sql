-- The accepted candidate's hero record (issue 12). Kept in step with
-- migrations/sqlite/0031_candidate_heroes.sql, which explains why `heroes` becomes a view of
-- the public records over the table `hero_records`.
--
-- A later migration that adds a column to hero_records recreates the view: PostgreSQL
-- expands `*` when the view is created.

-- Foreign keys, indexes and the triggers on the table follow the rename; function bodies
-- name tables as text, so those below that must see candidates say hero_records.
ALTER TABLE heroes RENAME TO hero_records;

CREATE VIEW heroes AS SELECT * FROM hero_records WHERE status <> 'candidate';

-- contribution_months_apply reads the hero's country from `heroes`, now the view: a
-- candidate's contribution finds no hero and is left out of the rollups, like a private one,
-- until the announcement adds them. A public hero moving or erased moves or takes out what
-- was counted; a candidate had nothing counted.
CREATE OR REPLACE FUNCTION contribution_months_hero_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'candidate' THEN
            PERFORM contribution_months_hero(OLD.id, OLD.country, -1);
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'candidate' AND NEW.status <> 'candidate' THEN
        -- The announcement publishes what the candidate prepared.
        PERFORM contribution_months_hero(NEW.id, NEW.country, 1);
        INSERT INTO hero_months AS t (hero_id, month, contributions)
        SELECT NEW.id, to_char(published_on, 'YYYY-MM'), count(*)
        FROM contributions WHERE hero_id = NEW.id AND NOT private
        GROUP BY 2
        ON CONFLICT (hero_id, month) DO UPDATE SET
            contributions = t.contributions + EXCLUDED.contributions;
    ELSIF OLD.status <> 'candidate' AND NEW.status <> 'candidate'
          AND OLD.country <> NEW.country THEN
        PERFORM contribution_months_hero(NEW.id, OLD.country, -1);
        PERFORM contribution_months_hero(NEW.id, NEW.country, 1);
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER contribution_months_hero_moves ON hero_records;
CREATE TRIGGER contribution_months_hero_moves AFTER UPDATE OF country, status ON hero_records
    FOR EACH ROW EXECUTE FUNCTION contribution_months_hero_row();

-- The ledger stays append-only for every hero record, public or not.
CREATE OR REPLACE FUNCTION credit_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM hero_records WHERE id = OLD.hero_id) THEN
        RAISE EXCEPTION 'the credit ledger is append-only';
    END IF;
    RETURN OLD;
END $$;
