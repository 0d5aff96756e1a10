-- Tablebook schema 7: the contract's language.
--
-- contract_section holds the current contract, article by article, and the sections demands add
-- (text NULL: not in the current contract). section_language says which sections a demand changes
-- (role CHANGES), the full text a pass proposes (PROPOSED, proposal_id) and the text a TA agreed
-- (AGREED, agreement_id, and the pass it was taken from in proposal_id).

CREATE TABLE contract_section (
    id             TEXT    NOT NULL PRIMARY KEY,
    article_number TEXT    NOT NULL,
    article_title  TEXT    NOT NULL,
    number         TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    text           TEXT,
    position       INTEGER NOT NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX contract_section_position ON contract_section (position);

CREATE TABLE section_language (
    id           TEXT NOT NULL PRIMARY KEY,
    role         TEXT NOT NULL CHECK (role IN ('CHANGES', 'PROPOSED', 'AGREED')),
    section_id   TEXT NOT NULL REFERENCES contract_section (id) ON DELETE RESTRICT,
    demand_id    TEXT NOT NULL REFERENCES demand (id) ON DELETE RESTRICT,
    proposal_id  TEXT REFERENCES proposal (id) ON DELETE RESTRICT,
    agreement_id TEXT REFERENCES tentative_agreement (id) ON DELETE RESTRICT,
    text         TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX section_language_section ON section_language (section_id);
CREATE INDEX section_language_demand ON section_language (demand_id);
CREATE INDEX section_language_proposal ON section_language (proposal_id);
CREATE INDEX section_language_agreement ON section_language (agreement_id);
