-- Tablebook schema 2: undo and redo are written to the audit trail as changes of their own.
--
-- An undo writes the inverse of a change as a new change; its audit rows name the change they
-- revert. A redo reverts the undo. The undo and redo stacks of each person are read back from
-- these links, so they survive closing the file.

ALTER TABLE audit_entry ADD COLUMN reverts_change_id TEXT;

-- The stacks are read per person, in the trail's order.
CREATE INDEX audit_entry_actor ON audit_entry (actor, seq);
