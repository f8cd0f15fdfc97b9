-- When heroes were told that a renewal cycle opened: set once, by the transaction that
-- writes their notices, so two instances never tell them twice. Cycles that opened before
-- this migration count as told (their heroes learned of them some other way).
ALTER TABLE cycles ADD COLUMN opening_told_at TIMESTAMPTZ;
UPDATE cycles SET opening_told_at = created_at WHERE opens_on <= CURRENT_DATE;
