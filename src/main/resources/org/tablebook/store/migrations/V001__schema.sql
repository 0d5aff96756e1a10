-- Tablebook schema 1: one negotiation per file.
--
-- Every record has an id (UUID text, so that files can be merged later) and created_at /
-- updated_at as UTC ISO-8601 instants with nine fraction digits, so that text order is time order.
-- Dates are ISO yyyy-MM-dd, times HH:mm[:ss], booleans 0/1, enums their Java names.
-- Enum columns carry no CHECK list on purpose: SQLite cannot alter a CHECK without rebuilding the
-- table, and the records validate every value before it is written.
-- Lists are join tables with a position column. Deleting a record that others still point at is
-- refused (RESTRICT) wherever it would lose history; a record's own list rows go with it (CASCADE).

CREATE TABLE negotiation (
    id                    TEXT    NOT NULL PRIMARY KEY,
    singleton             INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    title                 TEXT    NOT NULL,
    kind                  TEXT    NOT NULL,
    our_party             TEXT    NOT NULL,
    other_party           TEXT    NOT NULL,
    bargaining_unit       TEXT    NOT NULL,
    started_on            TEXT,
    contract_expires_on   TEXT,
    new_demand_deadline   TEXT,
    other_party_notice_on TEXT,
    mediation_notice_on   TEXT,
    rule_settings         TEXT    NOT NULL CHECK (json_valid(rule_settings)),
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL
) STRICT;

CREATE TABLE person (
    id         TEXT    NOT NULL PRIMARY KEY,
    name       TEXT    NOT NULL,
    side       TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    can_agree  INTEGER NOT NULL CHECK (can_agree IN (0, 1)),
    active     INTEGER NOT NULL CHECK (active IN (0, 1)),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;

CREATE TABLE demand (
    id             TEXT    NOT NULL PRIMARY KEY,
    code           TEXT    NOT NULL,
    article        TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    description    TEXT    NOT NULL,
    public_summary TEXT    NOT NULL,
    proposed_by    TEXT    NOT NULL,
    category       TEXT    NOT NULL,
    priority       TEXT    NOT NULL,
    subject        TEXT    NOT NULL,
    origin         TEXT,
    origin_note    TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    confidential   INTEGER NOT NULL CHECK (confidential IN (0, 1)),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;

CREATE TABLE table_session (
    id         TEXT NOT NULL PRIMARY KEY,
    held_on    TEXT NOT NULL,
    start_time TEXT,
    end_time   TEXT,
    location   TEXT NOT NULL,
    notes      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE session_attendee (
    session_id TEXT    NOT NULL REFERENCES table_session (id) ON DELETE CASCADE,
    person_id  TEXT    NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    position   INTEGER NOT NULL,
    PRIMARY KEY (session_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX session_attendee_person ON session_attendee (person_id);

CREATE TABLE proposal (
    id         TEXT NOT NULL PRIMARY KEY,
    demand_id  TEXT NOT NULL REFERENCES demand (id) ON DELETE RESTRICT,
    side       TEXT NOT NULL,
    passed_on  TEXT NOT NULL,
    session_id TEXT REFERENCES table_session (id) ON DELETE RESTRICT,
    kind       TEXT NOT NULL,
    summary    TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX proposal_demand ON proposal (demand_id);
CREATE INDEX proposal_session ON proposal (session_id);

CREATE TABLE sidebar (
    id                          TEXT NOT NULL PRIMARY KEY,
    purpose                     TEXT NOT NULL,
    requested_by                TEXT NOT NULL,
    suggested_at                TEXT,
    team_informed_at            TEXT,
    team_authorized_at          TEXT,
    reps_chosen_by              TEXT,
    instructions_say            TEXT NOT NULL,
    instructions_do_not_say     TEXT NOT NULL,
    no_notes_rule               TEXT NOT NULL,
    not_repeated_rule           TEXT NOT NULL,
    not_used_in_litigation_rule TEXT NOT NULL,
    scheduled_at                TEXT,
    started_at                  TEXT,
    ended_at                    TEXT,
    location                    TEXT NOT NULL,
    confidential_notes          TEXT NOT NULL,
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL
) STRICT;

CREATE TABLE sidebar_attendee (
    sidebar_id TEXT    NOT NULL REFERENCES sidebar (id) ON DELETE CASCADE,
    person_id  TEXT    NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    position   INTEGER NOT NULL,
    PRIMARY KEY (sidebar_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX sidebar_attendee_person ON sidebar_attendee (person_id);

CREATE TABLE sidebar_agenda (
    sidebar_id TEXT    NOT NULL REFERENCES sidebar (id) ON DELETE CASCADE,
    demand_id  TEXT    NOT NULL REFERENCES demand (id) ON DELETE RESTRICT,
    position   INTEGER NOT NULL,
    PRIMARY KEY (sidebar_id, demand_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX sidebar_agenda_demand ON sidebar_agenda (demand_id);

CREATE TABLE sidebar_topic (
    id                   TEXT NOT NULL PRIMARY KEY,
    sidebar_id           TEXT NOT NULL REFERENCES sidebar (id) ON DELETE RESTRICT,
    demand_id            TEXT NOT NULL REFERENCES demand (id) ON DELETE RESTRICT,
    our_position         TEXT NOT NULL,
    their_position       TEXT NOT NULL,
    tentative_conclusion TEXT NOT NULL,
    decision             TEXT,
    decision_note        TEXT NOT NULL,
    decided_at           TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) STRICT;
CREATE INDEX sidebar_topic_sidebar ON sidebar_topic (sidebar_id);
CREATE INDEX sidebar_topic_demand ON sidebar_topic (demand_id);

CREATE TABLE report_back (
    id                TEXT    NOT NULL PRIMARY KEY,
    sidebar_id        TEXT    NOT NULL UNIQUE REFERENCES sidebar (id) ON DELETE RESTRICT,
    reported_at       TEXT    NOT NULL,
    reported_by_id    TEXT REFERENCES person (id) ON DELETE RESTRICT,
    full_team_present INTEGER NOT NULL CHECK (full_team_present IN (0, 1)),
    summary           TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
) STRICT;
CREATE INDEX report_back_person ON report_back (reported_by_id);

CREATE TABLE tentative_agreement (
    id                   TEXT NOT NULL PRIMARY KEY,
    demand_id            TEXT NOT NULL REFERENCES demand (id) ON DELETE RESTRICT,
    text                 TEXT NOT NULL,
    public_text          TEXT NOT NULL,
    source               TEXT NOT NULL,
    sidebar_id           TEXT REFERENCES sidebar (id) ON DELETE RESTRICT,
    reached_on           TEXT NOT NULL,
    initialed_by_us_on   TEXT,
    initialed_by_them_on TEXT,
    team_approved_at     TEXT,
    confirmed_session_id TEXT REFERENCES table_session (id) ON DELETE RESTRICT,
    status               TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) STRICT;
CREATE INDEX tentative_agreement_demand ON tentative_agreement (demand_id);
CREATE INDEX tentative_agreement_sidebar ON tentative_agreement (sidebar_id);
CREATE INDEX tentative_agreement_session ON tentative_agreement (confirmed_session_id);

CREATE TABLE ratification (
    id              TEXT    NOT NULL PRIMARY KEY,
    moa_drafted_on  TEXT    NOT NULL,
    vote_on         TEXT,
    eligible_voters INTEGER,
    yes_votes       INTEGER,
    no_votes        INTEGER,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
) STRICT;

CREATE TABLE ratification_agreement (
    ratification_id TEXT    NOT NULL REFERENCES ratification (id) ON DELETE CASCADE,
    agreement_id    TEXT    NOT NULL REFERENCES tentative_agreement (id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL,
    PRIMARY KEY (ratification_id, agreement_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX ratification_agreement_agreement ON ratification_agreement (agreement_id);

CREATE TABLE information_request (
    id          TEXT NOT NULL PRIMARY KEY,
    asked_by    TEXT NOT NULL,
    asked_on    TEXT NOT NULL,
    subject     TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    answered_on TEXT,
    notes       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE compliance_item (
    id                    TEXT    NOT NULL PRIMARY KEY,
    clause                TEXT    NOT NULL,
    agreement_id          TEXT REFERENCES tentative_agreement (id) ON DELETE RESTRICT,
    obligation            TEXT    NOT NULL,
    responsible_party     TEXT    NOT NULL,
    due_on                TEXT,
    status                TEXT    NOT NULL,
    breach_noticed_on     TEXT,
    grievance_filed_on    TEXT,
    grievance_window_days INTEGER NOT NULL,
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL
) STRICT;
CREATE INDEX compliance_item_agreement ON compliance_item (agreement_id);

-- The subject may be any kind of record, so it is not a foreign key: an acknowledgement outlives
-- the finding it accepted.
CREATE TABLE rule_acknowledgement (
    id                TEXT NOT NULL PRIMARY KEY,
    rule_id           TEXT NOT NULL,
    subject_kind      TEXT NOT NULL,
    subject_id        TEXT NOT NULL,
    facts_fingerprint TEXT NOT NULL,
    acknowledged_by   TEXT NOT NULL,
    reason            TEXT NOT NULL,
    acknowledged_at   TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX rule_acknowledgement_subject ON rule_acknowledgement (subject_kind, subject_id);

-- Append-only: who changed which record, when, and how it looked before and after (JSON of the
-- record). No foreign keys: the trail outlives the records it describes.
CREATE TABLE audit_entry (
    seq         INTEGER NOT NULL PRIMARY KEY,
    change_id   TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    before_json TEXT,
    after_json  TEXT
) STRICT;
CREATE INDEX audit_entry_change ON audit_entry (change_id);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_entity ON audit_entry (entity, entity_id);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'The audit trail is append-only: its entries cannot be changed.');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'The audit trail is append-only: its entries cannot be deleted.');
END;
