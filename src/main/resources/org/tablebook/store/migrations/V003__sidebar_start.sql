-- Tablebook schema 3: what a sidebar started with is kept as it was at its start.
--
-- At "Start sidebar" the file keeps who was in the room and which of the checklist's conditions
-- were unmet. Later edits of the sidebar do not change it: a rep ticked afterwards is a join with
-- its time, and a start logged late is corrected only with a reason (the change's label carries
-- it to the audit trail, with who made it).

CREATE TABLE sidebar_start (
    id          TEXT NOT NULL PRIMARY KEY,
    sidebar_id  TEXT NOT NULL UNIQUE REFERENCES sidebar (id) ON DELETE RESTRICT,
    started_at  TEXT NOT NULL,
    correction  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE sidebar_start_present (
    sidebar_start_id TEXT    NOT NULL REFERENCES sidebar_start (id) ON DELETE CASCADE,
    person_id        TEXT    NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    position         INTEGER NOT NULL,
    PRIMARY KEY (sidebar_start_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX sidebar_start_present_person ON sidebar_start_present (person_id);

CREATE TABLE sidebar_start_unmet (
    sidebar_start_id TEXT    NOT NULL REFERENCES sidebar_start (id) ON DELETE CASCADE,
    condition        TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    PRIMARY KEY (sidebar_start_id, condition)
) STRICT, WITHOUT ROWID;

-- Each join is "personId@instant": who came in after the start, and when.
CREATE TABLE sidebar_start_join (
    sidebar_start_id TEXT    NOT NULL REFERENCES sidebar_start (id) ON DELETE CASCADE,
    entry            TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    PRIMARY KEY (sidebar_start_id, entry)
) STRICT, WITHOUT ROWID;
