package org.tablebook.store;

import java.sql.SQLException;

import org.sqlite.SQLiteException;
import org.tablebook.domain.Entity;
import org.tablebook.domain.ValidationException;

/** Turns SQLite's errors into messages for a person. */
final class Failures {
    private Failures() {
    }

    /** SQLite's (extended) result code name, such as SQLITE_CONSTRAINT_FOREIGNKEY; "" when unknown. */
    static String code(SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() != null) {
            return s.getResultCode().name();
        }
        return "";
    }

    /** Why the database refused, in words, ending with what to do. */
    static String reason(SQLException e) {
        if (e instanceof BadValueException) {
            return e.getMessage() + " The file was changed outside Tablebook or is damaged; open the latest backup "
                    + "instead.";
        }
        String code = code(e);
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (code.startsWith("SQLITE_FULL")) {
            return "the disk is full. Free some space and try again.";
        }
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            return "the file is busy in another program. Try again in a moment.";
        }
        if (code.startsWith("SQLITE_READONLY")) {
            return "the file can no longer be written; it may have been made read-only, or its drive was removed.";
        }
        if (code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_CANTOPEN")) {
            return "the file could not be read or written (" + detail + "). Check that its drive is still connected.";
        }
        if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) {
            return "the file appears to be damaged. Close it and open the latest backup.";
        }
        return "the database reported a problem (" + detail + ").";
    }

    /**
     * A failed insert or update: a constraint the person can trip becomes a
     * {@link ValidationException} naming the field; anything else a {@link StoreException}.
     */
    static <E extends Entity> RuntimeException onWrite(SQLException x, Sql sql, Table<E> table, E e, String label) {
        String code = code(x);
        String what = table.kind.label().toLowerCase();
        if (code.equals("SQLITE_CONSTRAINT_PRIMARYKEY")) {
            return new ValidationException("id", "This " + what + " (" + e.id() + ") is already in this negotiation.");
        }
        if (code.equals("SQLITE_CONSTRAINT_UNIQUE")) {
            return table.duplicate(e);
        }
        if (code.equals("SQLITE_CONSTRAINT_FOREIGNKEY")) {
            try {
                for (Table.Reference ref : table.references(e)) {
                    if (sql.count("SELECT count(*) FROM " + ref.table() + " WHERE id = ?", ref.id()) == 0) {
                        return new ValidationException(ref.field(), "The " + ref.label() + " this " + what
                                + " refers to is not in this negotiation; it may have just been deleted.");
                    }
                }
            } catch (SQLException again) {
                x.addSuppressed(again);
            }
            return new ValidationException("id", "This " + what + " refers to a record that is not in this "
                    + "negotiation; it may have just been deleted.");
        }
        return new StoreException("The change \"" + label + "\" was not saved: " + reason(x), x);
    }

    /** A failed delete; the reasons a person can cause are checked before it, so this is a fallback. */
    static RuntimeException onDelete(SQLException x, String label) {
        if (code(x).equals("SQLITE_CONSTRAINT_FOREIGNKEY")) {
            return new ValidationException("id", "Other records still point at this one, so it cannot be deleted.");
        }
        return new StoreException("The change \"" + label + "\" was not saved: " + reason(x), x);
    }
}
