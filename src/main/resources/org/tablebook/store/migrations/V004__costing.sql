-- Tablebook schema 4: costing. The unit's baseline in aggregate (never a person), and the priced
-- items of economic passes.
--
-- Money, rates, hours and percents are exact decimals written as text (BigDecimal's plain form,
-- scale kept: "21.50" stays "21.50"), never floating point.

CREATE TABLE costing_baseline (
    id              TEXT    NOT NULL PRIMARY KEY,
    singleton       INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    currency        TEXT    NOT NULL,
    term_start      TEXT    NOT NULL,
    term_end        TEXT    NOT NULL,
    roll_up_percent TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
) STRICT;

CREATE TABLE classification (
    id                      TEXT    NOT NULL PRIMARY KEY,
    name                    TEXT    NOT NULL,
    headcount               INTEGER NOT NULL CHECK (headcount >= 0),
    pay_basis               TEXT    NOT NULL,
    rate                    TEXT    NOT NULL,
    standard_hours          TEXT    NOT NULL,
    overtime_hours          TEXT    NOT NULL,
    overtime_multiplier     TEXT    NOT NULL,
    premium_hours           TEXT    NOT NULL,
    premium_per_hour        TEXT    NOT NULL,
    health_premium          TEXT    NOT NULL,
    employer_health_percent TEXT    NOT NULL,
    pension_percent         TEXT    NOT NULL,
    created_at              TEXT    NOT NULL,
    updated_at              TEXT    NOT NULL
) STRICT;

-- A pass with priced items, or a classification they name, cannot be deleted before the items.
CREATE TABLE cost_item (
    id                TEXT NOT NULL PRIMARY KEY,
    proposal_id       TEXT NOT NULL REFERENCES proposal (id) ON DELETE RESTRICT,
    kind              TEXT NOT NULL,
    classification_id TEXT REFERENCES classification (id) ON DELETE RESTRICT,
    amount            TEXT NOT NULL,
    effective_on      TEXT NOT NULL,
    note              TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX cost_item_proposal ON cost_item (proposal_id);
CREATE INDEX cost_item_classification ON cost_item (classification_id);
