-- Tablebook schema 6: what the rules need to judge time and notices as the texts mean them.
--
-- The negotiation's sector presets its notice periods (health care: 90/60 days and 10 days before
-- a strike, NLRA section 8(g)); its zone is where calendar days are counted (null: the computer's).
-- A sidebar keeps when its time was announced to the whole team (reference 001: everyone knows
-- when it will happen). Grievance window units and holidays live in the rule settings' JSON.

ALTER TABLE negotiation ADD COLUMN sector TEXT NOT NULL DEFAULT 'PRIVATE';
ALTER TABLE negotiation ADD COLUMN zone TEXT;
ALTER TABLE negotiation ADD COLUMN strike_on TEXT;
ALTER TABLE negotiation ADD COLUMN strike_notice_on TEXT;
ALTER TABLE sidebar ADD COLUMN time_announced_at TEXT;
